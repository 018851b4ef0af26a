#pragma once
#include <map>
#include <mutex>
#include <optional>
#include <string>

class Store {
 public:
  explicit Store(std::string path);
  ~Store();
  bool Put(const std::string& k, const std::string& v);
  std::optional<std::string> Get(const std::string& k);
  bool Del(const std::string& k);
  size_t Size();
  void Flush();

 private:
  void Load();
  std::string path_;
  std::map<std::string, std::string> data_;
  std::mutex mu_;
  bool dirty_ = false;
};
