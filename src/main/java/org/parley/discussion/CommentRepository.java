package org.parley.discussion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByAuthorIdAndStatus(Long authorId, CommentStatus status);

    @Query("select distinct c.authorId from Comment c where c.paragraphId = :paragraphId and c.authorId is not null "
            + "and c.status = org.parley.discussion.CommentStatus.PUBLISHED")
    List<Long> authorsOf(long paragraphId);
}
