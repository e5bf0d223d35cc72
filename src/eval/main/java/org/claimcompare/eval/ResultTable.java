package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.Arrays;
import java.util.List;

/**
 * A table of evaluation results: a caption, a header and rows of formatted cells. The first
 * {@code labelColumns} columns name the row and are aligned left; the others hold figures and are
 * aligned right. {@link #text()} renders it for a terminal, {@link #markdown()} for a document.
 *
 * <pre>{@code
 * new ResultTable("STS-B dev", 1, List.of("scorer", "Spearman"), List.of(List.of("jaccard", "0.653"))).text()
 * // STS-B dev
 * //
 * // scorer   Spearman
 * // -------  --------
 * // jaccard     0.653
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param caption one line saying what was measured on what
 * @param labelColumns how many leading columns are labels
 * @param header the column names
 * @param rows the cells, as many per row as there are columns
 */
public record ResultTable(String caption, int labelColumns, List<String> header, List<List<String>> rows) {

  /**
   * Validates the fields and copies the lists.
   *
   * @param caption see the record description
   * @param labelColumns see the record description
   * @param header see the record description
   * @param rows see the record description
   */
  public ResultTable {
    checkNotNull(caption, "caption");
    header = ImmutableList.copyOf(checkNotNull(header, "header"));
    checkArgument(labelColumns >= 0 && labelColumns <= header.size(),
        "labelColumns must be in [0, %s]: %s", header.size(), labelColumns);
    ImmutableList.Builder<List<String>> copy = ImmutableList.builder();
    for (List<String> row : checkNotNull(rows, "rows")) {
      checkArgument(row.size() == header.size(), "a row has %s cells, the header %s", row.size(), header.size());
      copy.add(ImmutableList.copyOf(row));
    }
    rows = copy.build();
  }

  /**
   * Returns this table with another caption.
   *
   * @param caption the new caption
   * @return the new table
   */
  @CheckReturnValue
  public ResultTable withCaption(String caption) {
    return new ResultTable(caption, labelColumns, header, rows);
  }

  /**
   * Renders the table as aligned plain text: the caption, a blank line, the header, a rule, the
   * rows; every line ends with a line feed.
   *
   * @return the text
   */
  public String text() {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = header.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder s = new StringBuilder(caption).append("\n\n");
    s.append(line(header, widths));
    s.append(line(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
    rows.forEach(r -> s.append(line(r, widths)));
    return s.toString();
  }

  /**
   * Renders the table as Markdown: the caption as a paragraph, a blank line, then a pipe table whose
   * figure columns are right-aligned.
   *
   * @return the Markdown text
   */
  public String markdown() {
    StringBuilder s = new StringBuilder(caption).append("\n\n");
    s.append("| ").append(String.join(" | ", header)).append(" |\n|");
    for (int c = 0; c < header.size(); c++) {
      s.append(c < labelColumns ? "---|" : "---:|");
    }
    s.append('\n');
    rows.forEach(r -> s.append("| ").append(String.join(" | ", r)).append(" |\n"));
    return s.toString();
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      line.append(c == 0 ? "" : "  ")
          .append(c < labelColumns ? Strings.padEnd(cell, widths[c], ' ') : Strings.padStart(cell, widths[c], ' '));
    }
    return line.toString().stripTrailing() + "\n";
  }

  /** Returns a summary as {@code ResultTable["STS-B dev" 6 rows]}; {@link #text()} shows the table. */
  @Override
  public String toString() {
    return "ResultTable[" + Quoted.of(caption) + " " + rows.size() + " rows]";
  }
}
