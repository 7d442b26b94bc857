//! Entry point: mounts the Yew app into `<body>`.

fn main() {
    yew::Renderer::<readiness_app::app::App>::new().render();
}
