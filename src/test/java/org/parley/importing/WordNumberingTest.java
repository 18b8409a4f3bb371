package org.parley.importing;

import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import static org.assertj.core.api.Assertions.assertThat;

class WordNumberingTest {

    @Test
    void numbersAreWrittenInTheLevelsFormat() {
        assertThat(WordNumbering.format(level(STNumberFormat.DECIMAL), 27)).isEqualTo("27");
        assertThat(WordNumbering.format(level(STNumberFormat.DECIMAL_ZERO), 7)).isEqualTo("07");
        assertThat(WordNumbering.format(level(STNumberFormat.LOWER_LETTER), 2)).isEqualTo("b");
        assertThat(WordNumbering.format(level(STNumberFormat.LOWER_LETTER), 28)).isEqualTo("bb");
        assertThat(WordNumbering.format(level(STNumberFormat.UPPER_LETTER), 26)).isEqualTo("Z");
        assertThat(WordNumbering.format(level(STNumberFormat.LOWER_ROMAN), 14)).isEqualTo("xiv");
        assertThat(WordNumbering.format(level(STNumberFormat.UPPER_ROMAN), 1999)).isEqualTo("MCMXCIX");
        assertThat(WordNumbering.format(null, 3)).isEqualTo("3");
    }

    private static CTLvl level(STNumberFormat.Enum format) {
        CTLvl level = CTLvl.Factory.newInstance();
        level.addNewNumFmt().setVal(format);
        return level;
    }
}
