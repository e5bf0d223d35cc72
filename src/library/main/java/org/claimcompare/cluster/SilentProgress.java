package org.claimcompare.cluster;

/** The listener that ignores every report: {@link ProgressListener#none()}. */
enum SilentProgress implements ProgressListener {
  INSTANCE;

  @Override
  public void progress(Phase phase, long done, long total) {}

  @Override
  public String toString() {
    return "none";
  }
}
