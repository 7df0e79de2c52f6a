#include "viz/gui/screenshot.hpp"

#include <stdexcept>
#include <vector>

#include <GL/gl.h>
#include <stb_image_write.h>

#include "graph/support/atomic_file.hpp"

namespace stakemap::gui {

void save_framebuffer_png(int width, int height, const std::string& path) {
    if (width <= 0 || height <= 0) throw std::runtime_error("screenshot: the window has no size");
    const auto row = static_cast<std::size_t>(width) * 4;
    std::vector<unsigned char> pixels(row * static_cast<std::size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    if (glGetError() != GL_NO_ERROR) throw std::runtime_error("screenshot: OpenGL could not read the window's pixels");
    // OpenGL's rows run bottom-up; PNG's top-down. The window is opaque.
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < height; ++y) {
        const auto* from = pixels.data() + static_cast<std::size_t>(height - 1 - y) * row;
        auto* to = flipped.data() + static_cast<std::size_t>(y) * row;
        for (std::size_t k = 0; k < row; ++k) to[k] = (k % 4 == 3) ? 255 : from[k];
    }
    std::string png;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
    };
    if (stbi_write_png_to_func(append, &png, width, height, 4, flipped.data(), static_cast<int>(row)) == 0) {
        throw std::runtime_error("screenshot: could not encode the PNG");
    }
    write_file_atomically(path, png);
}

}  // namespace stakemap::gui
