/**
 * The claimcompare command line: a thin adapter from files and JSON Lines to the library and the
 * evaluation harness. It exports nothing; run it with {@code java -jar claimcompare-cli.jar} or
 * {@code java -p ... -m org.claimcompare.cli/org.claimcompare.cli.Main}.
 */
module org.claimcompare.cli {
  requires org.claimcompare;
  requires org.claimcompare.eval;
  // Only in claimcompare-semantic-cli.jar; --semantic checks that it is there.
  requires static org.claimcompare.semantic;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;
  // HTML articles; in both runnable jars, optional otherwise (an HTML article then says that it needs jsoup).
  // On the module path: --add-modules org.jsoup.
  requires static org.jsoup;
  // The process's CPU time for the summary of cluster (com.sun.management.OperatingSystemMXBean).
  requires jdk.management;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  // picocli fills the commands' option fields by reflection.
  opens org.claimcompare.cli to info.picocli;
}
