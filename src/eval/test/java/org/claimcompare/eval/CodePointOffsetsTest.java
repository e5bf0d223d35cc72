package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {
  @Test
  void convertsCodePointsPastAnEmojiToUtf16() {
    CodePointOffsets offsets = CodePointOffsets.of("a😀b");

    assertThat(offsets.length()).isEqualTo(3);
    assertThat(offsets.utf16(0)).isZero();
    assertThat(offsets.utf16(1)).isEqualTo(1);
    assertThat(offsets.utf16(2)).isEqualTo(3);
    assertThat(offsets.utf16(3)).isEqualTo(4);
  }

  @Test
  void knowsWhichOffsetsAreInTheText() {
    CodePointOffsets offsets = CodePointOffsets.of("😀😀");

    assertThat(offsets.contains(0)).isTrue();
    assertThat(offsets.contains(2)).isTrue();
    assertThat(offsets.contains(3)).isFalse();
    assertThat(offsets.contains(-1)).isFalse();
    assertThat(CodePointOffsets.of("").length()).isZero();
  }
}
