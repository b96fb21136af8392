package com.jinpai.report;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report as a browser shows it: Debian's headless Chromium loads the page from a file
 * without errors, renders every section and chart, and leaves a screenshot in
 * target/report-artefacts/ for a person to look at.
 */
class ReportBrowserTests {

    static final Path ARTEFACTS = Path.of("target", "report-artefacts");

    @TempDir
    Path work;

    @BeforeAll
    static void chromium() {
        ChromiumRenderer.requireChromium();
    }

    private Path page() throws Exception {
        Files.createDirectories(ARTEFACTS);
        Path html = ARTEFACTS.resolve("report.html");
        Files.writeString(html, new ReportPage(30).render(ReportSamples.fullMonth(), ReportSamples.story()));
        return html;
    }

    @Test
    void chromiumRendersEverySectionWithoutConsoleErrors() throws Exception {
        ChromiumRenderer.Result result = new ChromiumRenderer(work).dumpDom(page());

        assertThat(result.exitCode()).as(result.log()).isZero();
        assertThat(result.consoleErrors()).isEmpty();
        Document dom = Jsoup.parse(result.stdout());
        assertThat(dom.select("section").eachAttr("id"))
                .containsExactly("summary", "tiers", "migration", "star-migration", "region", "brand", "rfm-segment", "trend",
                        "star", "pareto", "actions", "rejects");
        assertThat(dom.select("svg").eachAttr("id"))
                .containsExactly("tier-chart", "migration-chart", "star-migration-chart", "pareto-chart", "rule-chart",
                        "reason-chart");
        assertThat(dom.select("dd[data-field=customers-change]").text()).isEqualTo("▲ +130 (+1.3%)");
        assertThat(dom.select("dd[data-field=vips-change]").attr("data-direction")).isEqualTo("down");
        assertThat(dom.select("dd[data-field=top-decile-share-change]").text()).isEqualTo("▲ +0.5 pp");
        assertThat(dom.select("#star-migration-chart rect[data-from=ONE_STAR][data-to=THREE_STAR]").attr("data-direction"))
                .isEqualTo("up");
        assertThat(dom.select("#star-migration-chart text").eachText()).contains("5,098");
        assertThat(dom.select("#region tr[data-segment=宁波] td[data-field=change]").text()).isEqualTo("▼ −20 (−0.6%)");
        assertThat(dom.select("script")).as("hostile text must not become a script").isEmpty();
        assertThat(dom.select("td[data-field=reason]").eachText()).contains(ReportSamples.HOSTILE);
        assertThat(dom.select("body").text()).endsWith("customers.csv LOADED 10,003 10,000 3 unknown charge_type 'GIFT' (3)");
    }

    @Test
    void chromiumTakesAScreenshot() throws Exception {
        Path png = ARTEFACTS.resolve("report.png");
        Files.deleteIfExists(png);

        ChromiumRenderer.Result result = new ChromiumRenderer(work).screenshot(page(), png);

        assertThat(result.exitCode()).as(result.log()).isZero();
        assertThat(result.consoleErrors()).isEmpty();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).as("a PNG of the page").startsWith(0x89, 'P', 'N', 'G');
        assertThat(bytes.length).as("a page with charts, not a blank one").isGreaterThan(50_000);
    }

    /** The console check above must be able to fail: a page with a broken script is caught. */
    @Test
    void consoleErrorsOfAPageAreDetected() throws Exception {
        Path broken = work.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html><body><p>x</p><script>notDefined();</script></body></html>");

        ChromiumRenderer.Result result = new ChromiumRenderer(work).dumpDom(broken);

        assertThat(result.consoleErrors()).anyMatch(line -> line.contains("notDefined"));
    }
}
