package org.parley.demo;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer's first start: an empty database gets the two seed consultations and an account per role. */
@SpringBootTest(properties = "parley.demo.enabled=true")
class DemoContentTest {

    @Autowired
    ConsultationService consultations;

    @Autowired
    DemoContent demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedsBecomeTwoOpenConsultations() {
        var all = consultations.listPublic();

        assertThat(all).extracting(c -> c.slug()).containsExactlyInAnyOrder(
                "age-of-digital-interdependence", "roadmap-for-digital-cooperation");
        assertThat(all).allSatisfy(c -> assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN));
        assertThat(consultations.summary("age-of-digital-interdependence").title())
                .isEqualTo("The Age of Digital Interdependence — 4.3 The role of the UN");
        assertThat(consultations.summary("age-of-digital-interdependence").paragraphCount()).isEqualTo(16);
        assertThat(consultations.summary("roadmap-for-digital-cooperation").paragraphCount()).isEqualTo(47);

        var report = consultations.page("age-of-digital-interdependence", false);
        var ways = report.sections().get(1);
        assertThat(ways.title()).isEqualTo("How can the UN add value in the digital transformation?");
        assertThat(ways.groups().get(0).isBulletList()).isTrue();
        assertThat(ways.groups().get(0).paragraphs()).hasSize(7);
    }

    @Test
    void thereIsAnAccountForEachRole() {
        assertThat(jdbc.sql("SELECT email || ' ' || role FROM account ORDER BY id").query(String.class).list())
                .containsExactly(
                        "admin@parley.example ADMIN",
                        "organiser@parley.example PARTICIPANT",
                        "david@parley.example PARTICIPANT",
                        "torsten@parley.example PARTICIPANT");
    }

    @Test
    void aDatabaseWithContentIsLeftAlone() throws Exception {
        demo.run(null);

        assertThat(consultations.listAll()).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM paragraph").query(Long.class).single()).isEqualTo(16 + 47);
    }
}
