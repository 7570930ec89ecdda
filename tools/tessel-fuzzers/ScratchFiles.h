//===- ScratchFiles.h - Fuzz inputs as files --------------------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The runtime's readers take paths (an .npy file, a bundle directory), so
/// the fuzzers write each input to a scratch directory that lives as long as
/// the process. The directory is made under $TMPDIR (default /tmp) and
/// removed at exit.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_TOOLS_FUZZERS_SCRATCHFILES_H
#define TESSEL_TOOLS_FUZZERS_SCRATCHFILES_H

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <dirent.h>
#include <unistd.h>

namespace tessel::fuzz {

class ScratchDirectory {
public:
  ScratchDirectory() {
    const char *tmp = std::getenv("TMPDIR");
    std::string pattern =
        std::string(tmp && *tmp ? tmp : "/tmp") + "/tessel-fuzz-XXXXXX";
    if (!mkdtemp(pattern.data())) {
      std::perror("tessel fuzzer: mkdtemp");
      std::abort();
    }
    dir = pattern;
  }
  ~ScratchDirectory() {
    if (DIR *d = opendir(dir.c_str())) {
      while (dirent *entry = readdir(d)) {
        std::string name = entry->d_name;
        if (name != "." && name != "..")
          unlink((dir + "/" + name).c_str());
      }
      closedir(d);
    }
    rmdir(dir.c_str());
  }
  ScratchDirectory(const ScratchDirectory &) = delete;
  ScratchDirectory &operator=(const ScratchDirectory &) = delete;

  const std::string &path() const { return dir; }
  std::string file(const std::string &name) const { return dir + "/" + name; }

  /// Replaces the file `name` with `size` bytes of `data`.
  void write(const std::string &name, const uint8_t *data, size_t size) const {
    std::FILE *f = std::fopen(file(name).c_str(), "wb");
    if (!f || (size && std::fwrite(data, 1, size, f) != size) ||
        std::fclose(f) != 0) {
      std::perror("tessel fuzzer: cannot write a scratch file");
      std::abort();
    }
  }

private:
  std::string dir;
};

} // namespace tessel::fuzz

#endif // TESSEL_TOOLS_FUZZERS_SCRATCHFILES_H
