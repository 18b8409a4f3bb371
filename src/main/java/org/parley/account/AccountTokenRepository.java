package org.parley.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    Optional<AccountToken> findFirstByAccountIdAndPurposeOrderByCreatedAtDesc(long accountId, AccountToken.Purpose purpose);

    /** Uses up the token unless it already is: of two people racing with one link, one wins. */
    @Modifying(flushAutomatically = true)
    @Query("update AccountToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int use(long id, Instant now);

    @Modifying(flushAutomatically = true)
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
    int useAll(long accountId, AccountToken.Purpose purpose, Instant now);
}
