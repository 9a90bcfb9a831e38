/**
 * The {@code storyline} command line: one picocli class per subcommand, shared options as
 * mixins. Exit codes: 0 when every input was processed or reported with a reason, 1 when an
 * evaluation gate fails, 2 for usage errors, 3 when the run itself could not proceed.
 */
package io.storyline.cli;
