//! Entry point: mounts the Yew app into `<body>`.

mod app;
mod browser;
mod components;
mod loader;
mod state;
mod storage;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
