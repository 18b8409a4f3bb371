package org.parley.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The training run reads the pages a first visitor meets, through the links on them: if a page
 * stops answering or a link changes, the class cache would silently miss what those pages need.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingRunTest {

    @Test
    void readsTheHomePageSignInAConsultationAndOneOfItsParagraphs(@LocalServerPort int port,
            @Autowired ConsultationService consultations, @Autowired ImportService imports) throws Exception {
        var now = Instant.now();
        consultations.create(new NewConsultation("training", "Digital cooperation", null, now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS)));
        imports.importText("training", "## 1 Values\n\nInclusiveness comes first.\n", ImportFormat.MARKDOWN);
        consultations.changeStatus("training", ConsultationStatus.OPEN);

        var pages = new TrainingRun(true).readPages(URI.create("http://127.0.0.1:" + port));

        // The context, and its database, may be shared with other tests: the first consultation listed may be theirs.
        assertThat(pages).hasSize(4).startsWith("/", "/login");
        assertThat(pages.get(2)).matches("/c/[^/]+");
        assertThat(pages.get(3)).startsWith(pages.get(2) + "/p/");
    }
}
