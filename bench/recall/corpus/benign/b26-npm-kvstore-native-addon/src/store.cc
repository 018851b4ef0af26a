#include "store.h"
#include <cstdio>
#include <fstream>

Store::Store(std::string path) : path_(std::move(path)) { Load(); }
Store::~Store() { Flush(); }

void Store::Load() {
  std::ifstream in(path_, std::ios::binary);
  if (!in) return;
  uint32_t kl, vl;
  while (in.read(reinterpret_cast<char*>(&kl), 4) && in.read(reinterpret_cast<char*>(&vl), 4)) {
    std::string k(kl, '\0'), v(vl, '\0');
    if (!in.read(&k[0], kl) || !in.read(&v[0], vl)) break;
    data_[k] = v;
  }
}

bool Store::Put(const std::string& k, const std::string& v) {
  std::lock_guard<std::mutex> g(mu_);
  data_[k] = v;
  dirty_ = true;
  return true;
}

std::optional<std::string> Store::Get(const std::string& k) {
  std::lock_guard<std::mutex> g(mu_);
  auto it = data_.find(k);
  if (it == data_.end()) return std::nullopt;
  return it->second;
}

bool Store::Del(const std::string& k) {
  std::lock_guard<std::mutex> g(mu_);
  dirty_ = data_.erase(k) > 0 || dirty_;
  return true;
}

size_t Store::Size() {
  std::lock_guard<std::mutex> g(mu_);
  return data_.size();
}

void Store::Flush() {
  std::lock_guard<std::mutex> g(mu_);
  if (!dirty_) return;
  std::string tmp = path_ + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    for (auto& [k, v] : data_) {
      uint32_t kl = k.size(), vl = v.size();
      out.write(reinterpret_cast<char*>(&kl), 4);
      out.write(reinterpret_cast<char*>(&vl), 4);
      out.write(k.data(), kl);
      out.write(v.data(), vl);
    }
  }
  std::rename(tmp.c_str(), path_.c_str());
  dirty_ = false;
}
