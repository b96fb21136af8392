package com.jinpai.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;

import org.springframework.core.io.ClassPathResource;

/** An inbox folder filled from the fixtures under src/test/resources/ingest/. */
final class TestInbox {

    static final String[] CANONICAL = {"customers.csv", "account_managers.csv", "billing/bill_lines_2024-10.csv",
        "payments/payments_2024-10.csv", "usage/usage_2024-10-01.csv", "complaints.csv"};

    private final Path root;

    TestInbox(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Copies a fixture into the inbox under the given name, replacing what was there. */
    TestInbox put(String fixture, String name) {
        Path target = root.resolve(name);
        try (InputStream in = new ClassPathResource("ingest/" + fixture).getInputStream()) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    /** Copies a fixture into the inbox with an edit, e.g. to move it to another month. */
    TestInbox put(String fixture, String name, UnaryOperator<String> edit) {
        try (InputStream in = new ClassPathResource("ingest/" + fixture).getInputStream()) {
            return write(name, edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The canonical six-source set of SPEC section 2. */
    TestInbox canonical() {
        for (String name : CANONICAL) {
            put("canonical/" + name, name);
        }
        return this;
    }

    TestInbox write(String name, String content) {
        Path target = root.resolve(name);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, content);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    TestInbox remove(String name) {
        try {
            Files.delete(root.resolve(name));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    Path path(String name) {
        return root.resolve(name);
    }
}
