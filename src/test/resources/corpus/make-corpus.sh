#!/bin/sh
# Regenerates the binary documents of the import corpus. Run by hand, never at test time.
# Needs LibreOffice from Debian (apt-get install libreoffice-writer-nogui).
#   lo-report.docx    from sources/lo-report.fodt (numbered headings, nested lists, table with merged
#                     cells, footnote, endnote, tracked changes, a quotation)
#   lo-numbered.docx  from sources/lo-numbered.fodt (Word numbering: roman headings, paragraphs "1." with "(a)")
#   lo-from-web.docx  saved-page.html opened and saved as .docx by LibreOffice
#   soffice-*.odt, soffice-*.pdf  LibreOffice's own .odt and PDF exports of the two sources and of
#                     poi-nested.docx and poi-report.docx (LibreOffice 7.4 from Debian 12)
#   poi-nested.docx, poi-sub-items.docx  written by POI (Docx.nestedNumbers(), Docx.listWithSubItems()) through
#                     CorpusFiles when missing
#   poi-report.docx   written by POI (test class Docx.report()); delete it and run
#                     ./mvnw -q test -Dtest=CorpusTest -Dcorpus.update=true to write it again
#   un-report.pdf, seed-000.pdf, lo-report.odt, lo-numbered.odt
#                     written by CorpusFiles (PDFBox, openhtmltopdf, and the sources/*.fodt packaged as
#                     .odt) when missing: delete them and run CorpusTest with -Dcorpus.update=true.
#                     With LibreOffice, real exports can replace them:
#                     soffice --headless --convert-to odt sources/lo-report.fodt (and --convert-to pdf)
# Then run CorpusTest with -Dcorpus.update=true to rewrite the .expected.txt files and read their diff.
set -eu
cd "$(dirname "$0")"
out=$(mktemp -d)
soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$out" sources/lo-report.fodt sources/lo-numbered.fodt
soffice --headless --infilter=HTML --convert-to 'docx:MS Word 2007 XML' --outdir "$out" saved-page.html
mv "$out/lo-report.docx" lo-report.docx
mv "$out/lo-numbered.docx" lo-numbered.docx
mv "$out/saved-page.docx" lo-from-web.docx
# real LibreOffice exports of the sources and of the POI documents, read by CorpusTest as they are
soffice --headless --convert-to odt --outdir "$out" sources/lo-report.fodt sources/lo-numbered.fodt poi-nested.docx poi-report.docx
soffice --headless --convert-to pdf --outdir "$out" sources/lo-report.fodt sources/lo-numbered.fodt poi-nested.docx poi-report.docx
for file in "$out"/*.odt "$out"/*.pdf; do mv "$file" "soffice-$(basename "$file")"; done
rmdir "$out"
cp ../../../../../shared/seeds/000_b59dd4ee854dcf2d.txt ../../../../../shared/seeds/001_fe91554a90d77d4e.txt . 2>/dev/null \
  || echo "seeds not found beside the project: copy /work/shared/seeds/*.txt here by hand"
