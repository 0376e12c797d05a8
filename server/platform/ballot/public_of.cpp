#include <stdexcept>

#include "platform/ballot/ballot.hpp"
#include "platform/ballot/group.hpp"

namespace md::ballot {

Point public_of(const Scalar& secret) {
  detail::ensure_sodium();
  if (secret == Scalar{}) throw std::invalid_argument("a zero secret has no public key");
  return detail::base_mul(secret);
}

}  // namespace md::ballot
