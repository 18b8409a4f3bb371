package org.parley.consultation;

/** Why a paragraph version exists. */
public enum VersionSource {
    IMPORT,
    PROPOSAL,
    ORGANISER_EDIT,
    REIMPORT,
    RESTORE
}
