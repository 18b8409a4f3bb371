package org.parley.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    List<Account> findTop100ByRoleAndApprovedAtIsNullAndVerifiedAtIsNotNullAndDisabledAtIsNullOrderByCreatedAtAsc(Role role);
}
