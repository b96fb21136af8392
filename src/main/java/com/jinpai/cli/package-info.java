/**
 * The {@code jinpai} command line: one thin picocli class per subcommand that parses, calls a
 * service, prints, and returns the exit code (0 success, 1 job failed, 2 usage error, 3 already
 * running). No business rule lives here.
 */
package com.jinpai.cli;
