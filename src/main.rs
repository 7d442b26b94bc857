//! Entry point: removes the static start-up placeholder and mounts the Yew app into `<body>`.

fn main() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    yew::Renderer::<readiness_app::app::App>::new().render();
}
