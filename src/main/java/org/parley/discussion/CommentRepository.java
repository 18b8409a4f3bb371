package org.parley.discussion;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    Optional<Comment> findByAuthorIdAndIdempotencyKey(Long authorId, UUID idempotencyKey);

    List<Comment> findByAuthorIdAndStatus(Long authorId, CommentStatus status);
}
