#include "modules/opinions/intake.hpp"

#include "platform/core/app.hpp"
#include "platform/core/errors.hpp"
#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/mask.hpp"

namespace md::opinions {

std::string code_hash(std::string_view code12) {
  return crypto::sm3_hex("mingdeng.opinion-code:" + std::string(code12));
}

Json take_in(http::Context& ctx, const Intake& in) {
  std::vector<std::pair<std::string, std::string>> errors;
  if (!is_category(in.category)) errors.emplace_back("category", "opinions.category");
  if (!ctx.db.query_one("SELECT id FROM workstations WHERE town = ?", {in.town})) {
    errors.emplace_back("town", "opinions.town_unknown");
  }
  if (!in.contact_phone.empty() && !is_mobile(in.contact_phone)) {
    errors.emplace_back("contactPhone", "opinions.phone");
  }
  if (!in.contact_phone.empty() && in.contact_name.empty()) {
    errors.emplace_back("contactName", "opinions.contact_name");
  }
  if (!cases::is_date(in.received_on) || in.received_on > today(ctx)) {
    errors.emplace_back("receivedOn", "opinions.date");
  }
  throw_fields(errors);
  std::string code;
  while (code.empty()) code = code_from_bytes(crypto::random_bytes(64)).value_or("");
  NewOpinion o;
  o.workstation_id = in.workstation_id;
  o.received_by_person_id = in.received_by_person_id;
  if (ctx.user) o.recorded_by = ctx.user->user_id;
  o.channel = in.channel;
  o.category = in.category;
  o.town = in.town;
  o.place = in.place;
  o.content = in.content;
  if (!in.contact_name.empty() || !in.contact_phone.empty()) {
    o.contact_cipher = ctx.app.cipher().encrypt(
        Json{{"name", in.contact_name}, {"phone", in.contact_phone}}.dump());
    o.contact_masked = crypto::mask_name(in.contact_name) +
                       (in.contact_phone.empty() ? "" : " " + crypto::mask_phone(in.contact_phone));
  }
  o.query_code_hash = code_hash(code);
  o.received_on = in.received_on;
  o.device_hash = in.device_hash;
  auto cal = cases::load_calendar(ctx.db);
  auto deadline = classify_deadline(in.received_on, deadline_policy(ctx), cal);
  // The title is the first words of the text: what lists show before anyone reads further.
  std::string title = http::utf8_length(in.content) <= 30 ? in.content : "";
  if (title.empty()) {
    std::size_t bytes = 0;
    for (int n = 0; n < 30 && bytes < in.content.size(); ++n) {
      auto c = static_cast<unsigned char>(in.content[bytes]);
      bytes += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    title = in.content.substr(0, bytes) + "…";
  }
  auto id = open_opinion(ctx.db, o, title, deadline, step_by(ctx, "open"), ctx.now);
  auto c = cases::load_case(ctx.db, "opinion", id);
  Json after = {{"refNo", c.ref_no},          {"channel", o.channel},
                {"category", o.category},     {"town", o.town},
                {"deadline", deadline},       {"hasContact", !!o.contact_cipher},
                {"receivedOn", o.received_on}};
  ctx.audit("opinions.submit", "opinion", std::to_string(id), nullptr, after);
  return {{"id", id},
          {"refNo", c.ref_no},
          {"queryCode", format_code(code)},
          {"receivedOn", o.received_on},
          {"deadline", deadline}};
}

cases::Case apply_rating(http::Context& ctx, const cases::Case& c, const std::string& rating,
                         const std::string& comment) {
  if (!is_rating(rating)) throw invalid_field("rating", "opinions.rating");
  auto step = step_by(ctx, action_for_rating(rating), comment);
  step.satisfaction = rating;
  std::string day = today(ctx);
  if (step.action == "reopen") step.deadline = reopen_deadline(day, deadline_policy(ctx));
  auto next = cases::apply_step(ctx.db, opinion_workflow(), c, step, ctx.now);
  ctx.db.exec("UPDATE opinions SET rating = ?, rated_on = ?, rating_comment = ? WHERE case_id = ?",
              {rating, day, comment, c.id});
  ctx.audit("opinions.rate", "opinion", std::to_string(c.id),
            {{"state", c.state}, {"satisfaction", c.satisfaction ? Json(*c.satisfaction) : Json()}},
            {{"state", next.state},
             {"satisfaction", rating},
             {"deadline", next.deadline ? Json(*next.deadline) : Json()}});
  return next;
}

}  // namespace md::opinions
