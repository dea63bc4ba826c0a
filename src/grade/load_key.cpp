// Reading an exam folder (key.csv + manifest.json) or a key.csv alone into a GradingKey.
#include "grade/load_key.hpp"

#include <sys/stat.h>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "exam/exam.hpp"
#include "exam/key_file.hpp"
#include "grade/read_manifest.hpp"
#include "grade/statistics_support.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "io/hash.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::json;

constexpr uint64_t kMaxKeyBytes = 256u << 20;

std::string read_whole(const std::string& path, std::vector<InputFile>& files) {
  FileBytes file = read_regular_file(path, kMaxKeyBytes);
  if (file.too_large) {
    throw FatalError(ui_format("grade.key.too_large", fmt::arg("path", path)));
  }
  files.push_back(InputFile{path, sha256_hex(file.bytes)});
  return std::move(file.bytes);
}

std::string join_path(const std::string& folder, const char* name) {
  return folder.empty() || folder.back() == '/' ? folder + name : folder + "/" + name;
}

std::string file_stem(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

bool is_choice(QuestionType type) { return type == QuestionType::single || type == QuestionType::multiple; }

// Without a manifest a choice question is taken to show four options (A to D), or as many as
// its key's highest letter.
std::vector<std::string> letter_keys(const KeyItem& item) {
  std::vector<std::string> keys;
  if (is_choice(item.type)) {
    size_t count = std::max<size_t>(4, letters_needed(item.answer));
    for (size_t i = 0; i < count; ++i) keys.push_back(option_letter(i));
  }
  return keys;
}

KeyItem item_from_row(const KeyRow& row) {
  KeyItem item;
  item.position = row.position;
  item.question_id = row.question_id;
  item.type = row.type;
  item.answer = row.answer;
  item.points = to_units(row.points);
  item.competency = row.competency;
  item.level = row.level;
  item.option_keys = letter_keys(item);
  return item;
}

void key_problem(Diagnostics& diagnostics, const std::string& path, uint32_t line, std::string message) {
  diagnostics.push_back(Diagnostic{Rule::key_format, Location{path, line, 1}, std::move(message),
                                   std::string(ui_text("grade.key.hint"))});
}

// Forms in the order key.csv first names them, each with its items by position 1..n.
std::vector<KeyForm> forms_from_rows(const std::vector<KeyRow>& rows, const std::string& path,
                                     Diagnostics& diagnostics) {
  std::vector<KeyForm> forms;
  std::map<std::string, size_t> index;
  std::map<std::string, uint32_t> first_line;
  for (const auto& row : rows) {
    auto [at, added] = index.emplace(row.form, forms.size());
    if (added) {
      forms.push_back(KeyForm{row.form, {}, 0, {}});
      first_line[row.form] = row.line;
    }
    forms[at->second].items.push_back(item_from_row(row));
  }
  for (auto& form : forms) {
    std::sort(form.items.begin(), form.items.end(),
              [](const KeyItem& a, const KeyItem& b) { return a.position < b.position; });
    for (size_t i = 0; i < form.items.size(); ++i) {
      if (form.items[i].position != i + 1) {
        key_problem(diagnostics, path, first_line[form.id],
                    ui_format("grade.key.position_gap", fmt::arg("form", form.id), fmt::arg("position", i + 1),
                              fmt::arg("count", form.items.size())));
        break;
      }
    }
    for (const auto& item : form.items) form.possible += item.points;
  }
  return forms;
}

void fill_lists(GradingKey& key) {
  std::set<std::string> competencies, areas;
  for (const auto& form : key.forms) {
    for (const auto& item : form.items) {
      competencies.insert(item.competency);
      if (!item.area.empty()) areas.insert(item.area);
    }
  }
  key.competencies.assign(competencies.begin(), competencies.end());
  key.areas.assign(areas.begin(), areas.end());
  std::sort(key.competencies.begin(), key.competencies.end(), natural_less);
  std::sort(key.areas.begin(), key.areas.end(), natural_less);
}

GradingKey key_from_csv(const std::string& bytes, const std::string& path, Diagnostics& diagnostics) {
  GradingKey key;
  std::vector<KeyRow> rows = read_key_csv(bytes, path, diagnostics);
  if (rows.empty()) {
    key_problem(diagnostics, path, 1, std::string(ui_text("grade.key.no_questions")));
  }
  key.forms = forms_from_rows(rows, path, diagnostics);
  return key;
}

}  // namespace

size_t letters_needed(const Answer& answer) {
  size_t needed = 0;
  if (const auto* choice = std::get_if<ChoiceAnswer>(&answer)) {
    for (const auto& key : choice->keys) {
      if (key.size() == 1 && key[0] >= 'A' && key[0] <= 'Z') {
        needed = std::max(needed, static_cast<size_t>(key[0] - 'A') + 1);
      }
    }
  }
  return needed;
}

LoadedKey load_key_file(const std::string& path, Diagnostics& diagnostics) {
  LoadedKey loaded;
  std::string bytes = read_whole(path, loaded.files);
  loaded.key = key_from_csv(bytes, path, diagnostics);
  loaded.key.exam = file_stem(path);
  fill_lists(loaded.key);
  return loaded;
}

LoadedKey load_exam_folder(const std::string& folder, Diagnostics& diagnostics) {
  struct stat info {};
  if (::stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    throw FatalError(ui_format("grade.exam_not_folder", fmt::arg("folder", folder)));
  }
  LoadedKey loaded;
  std::string key_path = join_path(folder, "key.csv");
  std::string manifest_path = join_path(folder, "manifest.json");
  std::string key_bytes = read_whole(key_path, loaded.files);
  std::string manifest = read_whole(manifest_path, loaded.files);
  loaded.key = key_from_csv(key_bytes, key_path, diagnostics);
  loaded.key.exam = file_stem(folder.size() > 1 && folder.back() == '/' ? folder.substr(0, folder.size() - 1) : folder);
  apply_manifest(loaded.key, manifest, manifest_path, diagnostics);
  fill_lists(loaded.key);
  return loaded;
}

std::vector<std::string> add_areas(GradingKey& key, const Model& model) {
  std::map<std::string, std::string> area_of;
  for (const auto& framework : model.frameworks) {
    for (const auto& area : framework.areas) {
      for (const auto& competency : area.competencies) area_of.emplace(competency.id.value, area.id.value);
    }
  }
  std::vector<std::string> unknown;
  for (auto& form : key.forms) {
    for (auto& item : form.items) {
      auto found = area_of.find(item.competency);
      if (found != area_of.end()) {
        item.area = found->second;
      } else if (std::find(unknown.begin(), unknown.end(), item.question_id) == unknown.end()) {
        unknown.push_back(item.question_id);
      }
    }
  }
  fill_lists(key);
  return unknown;
}

}  // namespace hocvu
