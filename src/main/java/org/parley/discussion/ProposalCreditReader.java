package org.parley.discussion;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.parley.consultation.ProposalCredits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The proposals behind versions, for the credit every version carries: one statement. */
@Component
@Transactional(readOnly = true)
class ProposalCreditReader implements ProposalCredits {

    private final JdbcClient jdbc;

    ProposalCreditReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Credit> of(Collection<Long> proposalIds) {
        var credits = new HashMap<Long, Credit>();
        if (proposalIds.isEmpty()) {
            return credits;
        }
        jdbc.sql("""
                        SELECT m.id, m.author_id, m.proposal_status,
                               (SELECT count(*) FROM support s WHERE s.comment_id = m.id) AS supporters
                        FROM comment m WHERE m.id IN (:ids)""")
                .param("ids", proposalIds)
                .query(rs -> {
                    credits.put(rs.getLong("id"), new Credit(rs.getObject("author_id", Long.class), rs.getLong("supporters"),
                            ProposalStatus.ACCEPTED_WITH_EDITS.name().equals(rs.getString("proposal_status"))));
                });
        return credits;
    }
}
