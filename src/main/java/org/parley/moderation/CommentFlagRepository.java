package org.parley.moderation;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CommentFlagRepository extends JpaRepository<CommentFlag, Long> {

    boolean existsByCommentIdAndAccountId(long commentId, long accountId);

    @Modifying
    @Query("UPDATE CommentFlag f SET f.resolvedAt = :at WHERE f.commentId = :commentId AND f.resolvedAt IS NULL")
    int resolveAll(long commentId, Instant at);
}
