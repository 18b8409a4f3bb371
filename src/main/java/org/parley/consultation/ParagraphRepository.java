package org.parley.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParagraphRepository extends JpaRepository<Paragraph, Long> {
}
