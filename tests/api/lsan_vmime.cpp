// LeakSanitizer reads this when the API tests start: libvmime 0.9.2 loses a few IMAP response nodes
// (IMAPParser) on every connection, a leak inside the library that the IMAP polling tests would
// otherwise report at exit. fontconfig (under Pango, for the PDFs) keeps its font cache for good.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libvmime.so\nleak:libfontconfig.so\n";
}
