#pragma once
// A field most records leave empty, kept behind a pointer that stays null while it is:
// 8 bytes in each record instead of the value's size. Provenance (72 bytes) is filled
// only by stakemap merge; inline in every tie it cost 640 MB across a 5-million-tie diff.
// Reading an empty field gives an empty value; edit() makes room to write.

#include <memory>

namespace stakemap {

template <class T>
class RareField {
public:
    RareField() = default;
    RareField(T value) { *this = std::move(value); }  // NOLINT: implicit, as the plain field was
    RareField(const RareField& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
    RareField(RareField&&) noexcept = default;
    RareField& operator=(const RareField& other) {
        if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
        return *this;
    }
    RareField& operator=(RareField&&) noexcept = default;
    RareField& operator=(T value) {
        if (value == T{}) value_.reset();
        else value_ = std::make_unique<T>(std::move(value));
        return *this;
    }

    const T& operator*() const { return value_ ? *value_ : empty_value(); }
    const T* operator->() const { return &**this; }
    T& edit() {
        if (!value_) value_ = std::make_unique<T>();
        return *value_;
    }

    bool operator==(const RareField& other) const { return **this == *other; }

private:
    static const T& empty_value() {
        static const T empty{};
        return empty;
    }
    std::unique_ptr<T> value_;
};

}  // namespace stakemap
