package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rates by age band and sex over a configured population file, in both formats, against values
 * worked out by hand; bad files and the missing file.
 *
 * <p>Fixture (both files hold the same people; the ONS one also has Welsh rows, left out): male 0-4
 * 1,500 (ages 0 and 4), 5-17 3,000, 18-39 6,000, 40-64 5,000, 65+ 2,000 (ages 65 and 90 and over);
 * female 1,200, 2,800, 6,500, 5,500, 3,000. So the bands hold 2,700, 5,800, 12,500, 10,500 and
 * 5,000 people, males 17,500, females 19,000, England 36,500.
 */
class AgeSexRatesTest {

  @TempDir Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(AgeSexRatesTest.class.getResource("/insights/" + name).toURI());
  }

  private static Populations populations(Path file) {
    return new Populations(
        new InsightsSettings(null, null, file.toString()), AgeSexPopulationFile.read(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"population-ons-long.csv", "population-simple.csv"})
  void bothFormatsGiveTheBandsAndSexes(String name) throws Exception {
    Populations p = populations(fixture(name));

    assertThat(p.of(Dimension.AGE_BAND, "0-4")).isEqualTo(2_700L);
    assertThat(p.of(Dimension.AGE_BAND, "5-17")).isEqualTo(5_800L);
    assertThat(p.of(Dimension.AGE_BAND, "18-39")).isEqualTo(12_500L);
    assertThat(p.of(Dimension.AGE_BAND, "40-64")).isEqualTo(10_500L);
    assertThat(p.of(Dimension.AGE_BAND, "65+")).isEqualTo(5_000L);
    assertThat(p.of(Dimension.SEX, "male")).isEqualTo(17_500L);
    assertThat(p.of(Dimension.SEX, "female")).isEqualTo(19_000L);
    assertThat(p.of(Dimension.SEX, "unknown")).isNull();
    assertThat(p.of(Dimension.AGE_BAND, "Unknown")).isNull();
    assertThat(p.nation(Dimension.AGE_BAND)).isEqualTo(36_500L);
    assertThat(p.nation(Dimension.SEX)).isEqualTo(36_500L);
    assertThat(p.note(Dimension.AGE_BAND)).isNull();
  }

  /**
   * A year of 73 requests: 27 at 0-4, 38 female, 5 at 65+. Rate = count / people x 100,000; Byar's
   * interval; ratio = (count / people) / (73 / 36,500), SE(ln) = sqrt(1/count - 1/73).
   */
  @ParameterizedTest
  @CsvSource({
    "population-ons-long.csv, AGE_BAND, 0-4,    27, 1000.0, 658.8505, 1455.0037, 5.0, 3.70623, 6.74539",
    "population-simple.csv,   AGE_BAND, 0-4,    27, 1000.0, 658.8505, 1455.0037, 5.0, 3.70623, 6.74539",
    "population-ons-long.csv, SEX,      female, 38, 200.0,  141.5140, 274.5233,  1.0, 0.80239, 1.24627",
    "population-simple.csv,   SEX,      female, 38, 200.0,  141.5140, 274.5233,  1.0, 0.80239, 1.24627",
    "population-simple.csv,   AGE_BAND, 65+,     5, 100.0,  32.2270,  233.3633,  0.5, 0.21457, 1.16512"
  })
  void ratesAndRatiosAreTheHandComputedOnes(
      String file,
      Dimension by,
      String value,
      long count,
      double rate,
      double lower,
      double upper,
      double ratio,
      double ratioLower,
      double ratioUpper)
      throws Exception {
    Populations p = populations(fixture(file));

    Figures.Rate r = FigureMaths.rate(count, p.of(by, value), 73, p.nation(by), 12, false);

    assertThat(r.per100k()).isCloseTo(rate, within(1e-9));
    assertThat(r.lower()).isCloseTo(lower, within(1e-3));
    assertThat(r.upper()).isCloseTo(upper, within(1e-3));
    assertThat(r.ratio()).isCloseTo(ratio, within(1e-9));
    assertThat(r.ratioLower()).isCloseTo(ratioLower, within(1e-4));
    assertThat(r.ratioUpper()).isCloseTo(ratioUpper, within(1e-4));
  }

  @Test
  void englandsOwnRowIsTakenAloneWhereTheFileHasIt() throws IOException {
    StringBuilder text = new StringBuilder("code,name,sex,age,population_2022\n");
    for (String band : new String[] {"0", "5", "18", "40", "65"}) {
      for (String sex : new String[] {"1", "2"}) {
        text.append("E92000001,England,").append(sex).append(',').append(band).append(",100\n");
        text.append("E12000001,North East,").append(sex).append(',').append(band).append(",7\n");
      }
    }
    Path file = Files.writeString(dir.resolve("hierarchy.csv"), text);

    Populations p = populations(file);

    assertThat(p.of(Dimension.AGE_BAND, "0-4")).isEqualTo(200L);
    assertThat(p.nation(Dimension.SEX)).isEqualTo(1_000L);
  }

  /** Each bad file fails naming the file, the line and the field, and says what is allowed. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "country,sex,age,population_2022;E,3,0,10 | line 2, field 'sex': '3' is not 1 (male) or 2",
        "country,sex,age,population_2022;E,1,91,10 | line 2, field 'age': '91' is not a single year",
        "country,sex,age,population_2022;E,1,x,10 | line 2, field 'age': 'x'",
        "country,sex,age,population_2022;E,1,0,-5 | line 2, field 'population_2022': '-5' is not a"
            + " whole number",
        "country,sex,age,population_2022;E,1,0 | line 2: field 'population_2022' is missing",
        "sex,age,population_2021,population_2022;1,0,1,2 | line 1: the header needs exactly one"
            + " population column",
        "name,sex,age,population_2022;x,1,0,5 | line 1: the header has no country column",
        "country,sex,population_2022;E,1,5 | line 1: the header [country, sex, population_2022]"
            + " has no column 'age'",
        "country,sex,age,population_2022;W,1,0,5 | has no rows for England",
        "sex,age_band,population;male,0-4,10;man,5-17,3 | line 3, field 'sex': 'man' is not"
            + " female or male",
        "sex,age_band,population;male,0-5,10 | line 2, field 'age_band': '0-5' is not one of 0-4,",
        "sex,age_band,population;male,0-4,10;male,0-4,12 | line 3, field 'age_band': '0-4' is"
            + " given a second time for male",
        "sex,age_band,population;male,0-4,10 | gives no population above 0 for female aged 0-4"
      })
  void badFilesSayWhereAndWhat(String lines, String expected) throws IOException {
    Path file = Files.writeString(dir.resolve("people.csv"), lines.replace(';', '\n') + "\n");

    assertThatThrownBy(() -> AgeSexPopulationFile.read(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(expected);
  }

  @Test
  void aMissingFileSaysWhichProperty() {
    Path file = dir.resolve("nowhere.csv");

    assertThatThrownBy(() -> AgeSexPopulationFile.read(file))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("gms.insights.population-by-age-sex");
  }

  @Test
  void withoutTheFileAgeBandsAndSexesHaveNoRatesAndANoteSaysWhy() {
    Populations p = new Populations(new InsightsSettings(null, null, null), null);

    assertThat(p.of(Dimension.AGE_BAND, "0-4")).isNull();
    assertThat(p.of(Dimension.SEX, "female")).isNull();
    assertThat(p.note(Dimension.AGE_BAND)).contains("gms.insights.population-by-age-sex");
    assertThat(p.note(Dimension.SEX)).isEqualTo(p.note(Dimension.AGE_BAND));
    assertThat(p.note(Dimension.GEOGRAPHY)).isNull();
    assertThat(p.of(Dimension.GEOGRAPHY, "North West")).isEqualTo(7_500_000L);
  }
}
