// Duplicate and near-duplicate stems. Exact duplicates compare comparison keys; near
// duplicates use MinHash with banding (locality-sensitive hashing) over word pairs, so the
// work grows with the number of questions, not with its square.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>

#include "lint/model_checks.hpp"
#include "i18n/interface.hpp"
#include "io/hash.hpp"
#include "model/model_reporter.hpp"
#include "text/unicode.hpp"

namespace hocvu {

namespace {

constexpr size_t kBands = std::tuple_size<decltype(StemPrint::bands)>::value;
constexpr size_t kRows = 5;
constexpr size_t kHashes = kBands * kRows;
constexpr double kNearThreshold = 0.8;
constexpr size_t kMaxComparedPerBucket = 32;  // bounds the work when many stems are alike

uint64_t fnv1a(std::string_view text, uint64_t hash = 1469598103934665603ULL) {
  for (unsigned char c : text) {
    hash = (hash ^ c) * 1099511628211ULL;
  }
  return hash;
}

double jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t common = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  size_t all = a.size() + b.size() - common;
  return all == 0 ? 1.0 : static_cast<double>(common) / static_cast<double>(all);
}

// Odd 64-bit constants, one per hash function (fixed, so results are the same everywhere).
constexpr std::array<uint64_t, kHashes> make_multipliers() {
  std::array<uint64_t, kHashes> values{};
  uint64_t x = 0x243F6A8885A308D3ULL;
  for (auto& value : values) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    value = x | 1;
  }
  return values;
}
constexpr std::array<uint64_t, kHashes> kMultipliers = make_multipliers();

std::array<uint32_t, kHashes> min_hashes(const std::vector<uint32_t>& shingles) {
  std::array<uint32_t, kHashes> signature;
  signature.fill(UINT32_MAX);
  // Hash k of a shingle is multiply-shift of one well-mixed value: cheap, and independent
  // enough for MinHash.
  for (uint32_t shingle : shingles) {
    uint64_t base = mix64(shingle);
    for (size_t k = 0; k < kHashes; ++k) {
      auto value = static_cast<uint32_t>((base * kMultipliers[k] + kMultipliers[kHashes - 1 - k]) >> 32);
      signature[k] = std::min(signature[k], value);
    }
  }
  return signature;
}

struct StemRef {
  const Question* question;
  const StemPrint* print;
};

// One entry per band of every comparable stem; equal hashes sort next to each other.
struct BandEntry {
  uint64_t hash;
  uint32_t stem;
  bool operator<(const BandEntry& other) const {
    return hash != other.hash ? hash < other.hash : stem < other.stem;
  }
};

}  // namespace

StemPrint stem_print(const std::string& stem) {
  std::string key = comparison_key(stem, Punctuation::drop);
  StemPrint print;
  print.key_hash = fnv1a(key);
  print.empty = key.empty();
  std::vector<std::string_view> words;
  for (size_t start = 0; start < key.size();) {
    size_t end = std::min(key.find(' ', start), key.size());
    words.push_back(std::string_view(key).substr(start, end - start));
    start = end + 1;
  }
  for (size_t i = 0; i < words.size(); ++i) {
    uint64_t hash = fnv1a(words[i]);
    if (i + 1 < words.size()) {
      hash = fnv1a(words[i + 1], hash ^ 0x20);
    } else if (words.size() > 1) {
      continue;
    }
    print.shingles.push_back(static_cast<uint32_t>(mix64(hash)));
  }
  std::sort(print.shingles.begin(), print.shingles.end());
  print.shingles.erase(std::unique(print.shingles.begin(), print.shingles.end()), print.shingles.end());
  print.comparable = print.shingles.size() >= 3;
  if (print.comparable) {
    auto signature = min_hashes(print.shingles);
    for (size_t band = 0; band < kBands; ++band) {
      uint64_t hash = mix64(band + 1);
      for (size_t row = 0; row < kRows; ++row) {
        hash = mix64(hash ^ signature[band * kRows + row]);
      }
      print.bands[band] = hash;
    }
  }
  return print;
}

namespace {

// Reports exact duplicates and returns the stems left to compare, first occurrences only.
std::vector<StemRef> report_exact_duplicates(const Model& model, const std::vector<std::vector<StemPrint>>& prints,
                                             const ModelReporter& reporter) {
  std::vector<StemRef> unique;
  std::unordered_map<uint64_t, const Question*> first_by_key;
  for (size_t b = 0; b < model.banks.size(); ++b) {
    for (size_t q = 0; q < model.banks[b].questions.size(); ++q) {
      const Question& question = model.banks[b].questions[q];
      if (prints[b][q].empty || question.status == QuestionStatus::retired) {
        continue;
      }
      auto [place, inserted] = first_by_key.emplace(prints[b][q].key_hash, &question);
      const Pos& first = place->second->stem.pos;
      if (!inserted && first.file == question.stem.pos.file && first.line == question.stem.pos.line &&
          first.column == question.stem.pos.column) {
        continue;  // the same text read again through a YAML alias: E301 points at the alias
      }
      if (!inserted) {
        reporter.report(Rule::duplicate_stem, question.stem.pos,
                        ui_format("lint.stem.duplicate", fmt::arg("question", question.id.value),
                                  fmt::arg("other", place->second->id.value),
                                  fmt::arg("where", reporter.where(place->second->stem.pos))),
                        std::string(ui_text("lint.stem.duplicate.hint")));
        continue;
      }
      unique.push_back({&question, &prints[b][q]});
    }
  }
  return unique;
}

struct NearMatch {
  uint32_t earlier = UINT32_MAX;  // the earliest close stem, by position; UINT32_MAX: none
  double similarity = 0.0;
};

// Candidate pairs share a band hash. Within a run of equal hashes each stem is compared with
// the ones before it (at most kMaxComparedPerBucket of them).
std::vector<NearMatch> find_near_duplicates(const std::vector<StemRef>& stems) {
  std::vector<BandEntry> entries;
  for (uint32_t i = 0; i < stems.size(); ++i) {
    if (stems[i].print->comparable) {
      for (uint64_t hash : stems[i].print->bands) {
        entries.push_back({hash, i});
      }
    }
  }
  std::sort(entries.begin(), entries.end());
  std::vector<NearMatch> matches(stems.size());
  for (size_t run = 0; run < entries.size();) {
    size_t end = run;
    while (end < entries.size() && entries[end].hash == entries[run].hash) {
      ++end;
    }
    for (size_t j = run + 1; j < end; ++j) {
      NearMatch& match = matches[entries[j].stem];
      for (size_t k = run; k < j && k < run + kMaxComparedPerBucket; ++k) {
        uint32_t earlier = entries[k].stem;
        if (earlier == entries[j].stem || earlier >= match.earlier) {
          continue;
        }
        double value = jaccard(stems[entries[j].stem].print->shingles, stems[earlier].print->shingles);
        if (value >= kNearThreshold) {
          match = NearMatch{earlier, value};
        }
      }
    }
    run = end;
  }
  return matches;
}

}  // namespace

void check_stems(const Model& model, const std::vector<std::vector<StemPrint>>& prints, Diagnostics& diagnostics) {
  ModelReporter reporter(model, diagnostics);
  std::vector<StemRef> stems = report_exact_duplicates(model, prints, reporter);
  std::vector<NearMatch> matches = find_near_duplicates(stems);
  for (uint32_t i = 0; i < stems.size(); ++i) {
    if (matches[i].earlier == UINT32_MAX) {
      continue;
    }
    const Question& other = *stems[matches[i].earlier].question;
    reporter.report(Rule::near_duplicate_stem, stems[i].question->stem.pos,
                    ui_format("lint.stem.near_duplicate", fmt::arg("question", stems[i].question->id.value),
                              fmt::arg("percent", fmt::format("{:.0f}", matches[i].similarity * 100)),
                              fmt::arg("other", other.id.value), fmt::arg("where", reporter.where(other.stem.pos))),
                    std::string(ui_text("lint.stem.near_duplicate.hint")));
  }
}

}  // namespace hocvu
