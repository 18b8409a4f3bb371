package org.parley.consultation;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ParagraphRepository extends JpaRepository<Paragraph, Long> {

    /** Decisions on one paragraph queue up here, so that exactly one of two at the same moment wins. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Paragraph p where p.id = :id")
    Optional<Paragraph> findForUpdate(long id);

    /** The paragraph, its row locked until the transaction ends. */
    default Paragraph lock(long id) {
        return findForUpdate(id).orElseThrow(() -> new ParagraphNotFound("?", String.valueOf(id)));
    }
}
