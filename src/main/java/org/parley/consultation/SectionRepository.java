package org.parley.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SectionRepository extends JpaRepository<Section, Long> {

    boolean existsByConsultationId(Long consultationId);

    boolean existsBySessionId(Long sessionId);

    List<Section> findByConsultationId(Long consultationId);
}
