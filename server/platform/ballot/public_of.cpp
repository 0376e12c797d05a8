#include <sodium.h>

#include "platform/ballot/ballot.hpp"

namespace md::ballot {

Point public_of(const Scalar& secret) {
  Point p;
  if (crypto_scalarmult_ristretto255_base(p.bytes.data(), secret.bytes.data()) != 0) {
    throw std::invalid_argument("a zero secret has no public key");
  }
  return p;
}

}  // namespace md::ballot
