package org.claimcompare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code --version} prints: the project's version, written into
 * {@code version.properties} by Maven's resource filtering at build time, so it is right both in
 * the jar and when run from compiled classes.
 */
final class Version implements IVersionProvider {
  private static final String RESOURCE = "version.properties";

  /** The project's version, such as {@code 0.2.0-SNAPSHOT}. */
  static String number() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing beside " + Version.class.getName());
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return p.getProperty("version");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"claimcompare " + number()};
  }
}
