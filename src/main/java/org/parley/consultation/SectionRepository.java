package org.parley.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

interface SectionRepository extends JpaRepository<Section, Long> {

    boolean existsByConsultationId(Long consultationId);
}
