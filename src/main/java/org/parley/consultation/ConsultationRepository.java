package org.parley.consultation;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    Optional<Consultation> findBySlug(String slug);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Consultation c where c.slug = :slug")
    Optional<Consultation> findForUpdateBySlug(String slug);

    /** The consultation, its row locked until the transaction ends. */
    default Consultation lockBySlug(String slug) {
        return findForUpdateBySlug(slug).orElseThrow(() -> new ConsultationNotFound(slug));
    }

    boolean existsBySlug(String slug);
}
