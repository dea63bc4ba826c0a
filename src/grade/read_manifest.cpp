// manifest.json as grading reads it (the writer is exam/write_manifest.cpp).
#include "grade/read_manifest.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "i18n/interface.hpp"
#include "model/model.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::json;

class ManifestReader {
 public:
  ManifestReader(GradingKey& key, const std::string& path, Diagnostics& diagnostics)
      : key_(key), path_(path), diagnostics_(diagnostics) {}

  void read(std::string_view text) {
    Json json = Json::parse(text.begin(), text.end(), nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
      problem(std::string(ui_text("grade.manifest.not_object")));
      return;
    }
    read_header(json);
    const Json* forms = member(json, "forms", Json::value_t::array);
    if (forms == nullptr) return;
    std::map<std::string, const Json*> by_id;
    for (const auto& form : *forms) {
      const Json* id = form.is_object() ? member(form, "id", Json::value_t::string) : nullptr;
      if (id != nullptr) by_id[id->get<std::string>()] = &form;
    }
    for (auto& form : key_.forms) {
      auto found = by_id.find(form.id);
      if (found == by_id.end()) {
        problem(ui_format("grade.manifest.form_not_listed", fmt::arg("form", form.id)));
        continue;
      }
      read_form(form, *found->second);
      by_id.erase(found);
    }
    for (const auto& [id, form] : by_id) {
      problem(ui_format("grade.manifest.form_not_in_key", fmt::arg("form", id)));
    }
  }

 private:
  void problem(std::string message) {
    diagnostics_.push_back(Diagnostic{Rule::manifest_format, Location{path_, 0, 0}, std::move(message),
                                      std::string(ui_text("grade.manifest.hint"))});
  }

  // The member `name` of `object` when it has the type asked; reported otherwise.
  const Json* member(const Json& object, const char* name, Json::value_t type) {
    auto found = object.find(name);
    bool number_ok = type == Json::value_t::number_float && found != object.end() && found->is_number();
    if (found == object.end() || (found->type() != type && !number_ok)) {
      problem(ui_format("grade.manifest.member_missing", fmt::arg("name", name), fmt::arg("type", type_name(type))));
      return nullptr;
    }
    return &*found;
  }

  static std::string_view type_name(Json::value_t type) {
    switch (type) {
      case Json::value_t::string: return ui_text("grade.node.text");
      case Json::value_t::array: return ui_text("grade.node.list");
      case Json::value_t::object: return ui_text("grade.json.object");
      case Json::value_t::number_unsigned: return ui_text("grade.json.whole_number");  // from 0: JSON reads -5 as integer
      default: return ui_text("grade.json.number");
    }
  }

  void read_header(const Json& json) {
    if (const Json* blueprint = member(json, "blueprint", Json::value_t::object)) {
      if (const Json* id = member(*blueprint, "id", Json::value_t::string)) key_.exam = id->get<std::string>();
    }
    if (const Json* role = member(json, "role", Json::value_t::string)) key_.role = role->get<std::string>();
    if (const Json* level = member(json, "level", Json::value_t::string)) key_.level = level->get<std::string>();
    if (const Json* limit = member(json, "time_limit", Json::value_t::number_unsigned)) {
      key_.time_limit = static_cast<uint32_t>(std::min<int64_t>(limit->get<int64_t>(), UINT32_MAX));
    }
    const Json* pass = member(json, "pass", Json::value_t::object);
    if (pass == nullptr) return;
    if (const Json* percent = member(*pass, "percent", Json::value_t::number_float)) {
      if (in_percent_range("percent", *percent)) key_.pass.percent = percent->get<double>();
    }
    auto area_min = pass->find("area_min_percent");
    if (area_min == pass->end() || area_min->is_null()) return;
    if (!area_min->is_number()) {
      problem(std::string(ui_text("grade.manifest.area_min_not_number")));
    } else if (in_percent_range("area_min_percent", *area_min)) {
      key_.pass.area_min_percent = area_min->get<double>();
    }
  }

  // A pass mark outside 0 to 100 (a hand-edited manifest) would pass everyone or no one.
  bool in_percent_range(const char* name, const Json& value) {
    double percent = value.get<double>();
    if (percent >= 0 && percent <= 100) return true;
    problem(ui_format("grade.manifest.percent_range", fmt::arg("name", name), fmt::arg("percent", percent)));
    return false;
  }

  // Optional (manifests before issue 10 have none); a malformed entry is reported and skipped.
  void read_requirements(KeyForm& form, const Json& json) {
    auto requirements = json.find("requirements");
    if (requirements == json.end()) return;
    if (!requirements->is_array()) {
      problem(ui_format("grade.manifest.requirements_not_list", fmt::arg("form", form.id)));
      return;
    }
    for (const auto& entry : *requirements) {
      auto text = [&](const char* name) {
        auto found = entry.is_object() ? entry.find(name) : entry.end();
        return found != entry.end() && found->is_string() ? found->get<std::string>() : std::string();
      };
      auto count = [&](const char* name) -> std::optional<uint32_t> {
        auto found = entry.is_object() ? entry.find(name) : entry.end();
        if (found == entry.end() || !found->is_number_unsigned() || found->get<uint64_t>() > 100000) return {};
        return static_cast<uint32_t>(found->get<uint64_t>());
      };
      auto questions = count("questions");
      auto at_level = count("at_level");
      auto above = entry.is_object() ? entry.find("above_baseline") : entry.end();
      if (text("competency").empty() || !questions || !at_level || above == entry.end() || !above->is_boolean()) {
        problem(ui_format("grade.manifest.requirement_incomplete", fmt::arg("form", form.id)));
        continue;
      }
      form.requirements.push_back(
          FormRequirement{text("competency"), text("level"), above->get<bool>(), *questions, *at_level});
    }
  }

  void read_form(KeyForm& form, const Json& json) {
    read_requirements(form, json);
    const Json* items = member(json, "items", Json::value_t::array);
    if (items == nullptr) return;
    if (items->size() != form.items.size()) {
      problem(ui_format("grade.manifest.question_count", fmt::arg("form", form.id), fmt::arg("manifest", items->size()),
                        fmt::arg("key", form.items.size())));
      return;
    }
    for (size_t i = 0; i < items->size(); ++i) {
      if (!(*items)[i].is_object()) {
        problem(ui_format("grade.manifest.item_not_object", fmt::arg("form", form.id), fmt::arg("item", i + 1)));
        return;
      }
      read_item(form.id, form.items[i], (*items)[i]);
    }
  }

  void read_item(const std::string& form, KeyItem& item, const Json& json) {
    std::string where = ui_format("grade.manifest.where", fmt::arg("form", form), fmt::arg("position", item.position));
    const Json* id = member(json, "question_id", Json::value_t::string);
    if (id == nullptr) return;
    if (id->get<std::string>() != item.question_id) {
      problem(ui_format("grade.manifest.question_differs", fmt::arg("where", where),
                        fmt::arg("manifest", id->get<std::string>()), fmt::arg("key", item.question_id)));
      return;
    }
    const Json* type = member(json, "type", Json::value_t::string);
    if (type != nullptr && type->get<std::string>() != question_type_name(item.type)) {
      problem(ui_format("grade.manifest.type_differs", fmt::arg("where", where), fmt::arg("id", item.question_id),
                        fmt::arg("manifest", type->get<std::string>()), fmt::arg("key", question_type_name(item.type))));
    }
    const Json* points = member(json, "points", Json::value_t::number_float);
    if (points != nullptr && to_units(points->get<double>()) != item.points) {
      problem(ui_format("grade.manifest.points_differ", fmt::arg("where", where), fmt::arg("id", item.question_id),
                        fmt::arg("manifest", points->get<double>()), fmt::arg("key", to_points(item.points))));
    }
    auto area = json.find("area");
    if (area != json.end() && area->is_string()) item.area = area->get<std::string>();
    auto difficulty = json.find("difficulty");
    if (difficulty != json.end() && difficulty->is_number()) item.difficulty = difficulty->get<double>();
    read_options(where, item, json);
  }

  void read_options(const std::string& where, KeyItem& item, const Json& json) {
    const Json* options = member(json, "options", Json::value_t::array);
    if (options == nullptr) return;
    if (item.type != QuestionType::single && item.type != QuestionType::multiple) return;
    std::vector<std::string> keys;
    for (const auto& option : *options) {
      if (!option.is_string() || option.get<std::string>().empty()) {
        problem(ui_format("grade.manifest.option_not_text", fmt::arg("where", where), fmt::arg("id", item.question_id)));
        return;
      }
      keys.push_back(option.get<std::string>());
    }
    if (keys.size() < 2 || keys.size() > 26 || keys.size() < letters_needed(item.answer)) {
      problem(ui_format("grade.manifest.too_few_options", fmt::arg("where", where), fmt::arg("id", item.question_id),
                        fmt::arg("count", keys.size())));
      return;
    }
    item.option_keys = std::move(keys);
  }

  GradingKey& key_;
  const std::string& path_;
  Diagnostics& diagnostics_;
};

}  // namespace

void apply_manifest(GradingKey& key, std::string_view manifest, const std::string& path,
                    Diagnostics& diagnostics) {
  ManifestReader(key, path, diagnostics).read(manifest);
}

}  // namespace hocvu
