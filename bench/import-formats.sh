#!/usr/bin/env bash
# Times the import of a generated 3,000-paragraph text, as Markdown, a Word document, a PDF and an
# OpenDocument text, into a fresh embedded PostgreSQL (test sources: org.parley.importing.ImportTiming). Prints one line per
# format; the results are kept in docs/importing.md. Usage: bench/import-formats.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.parley.importing.ImportTiming \
    | grep '^IMPORT'
