package org.parley.account;

/** The Internet Governance Forum's stakeholder groups. */
public enum StakeholderGroup {
    GOVERNMENT,
    PRIVATE_SECTOR,
    CIVIL_SOCIETY,
    TECHNICAL_COMMUNITY,
    ACADEMIA,
    INTERGOVERNMENTAL_ORGANISATION,
    OTHER
}
