use std::env;
use std::fs::File;
use std::io::BufWriter;
use std::process;

#[repr(C)]
struct DiffStats {
    changed: usize,
    min_x: u32,
    min_y: u32,
    max_x: u32,
    max_y: u32,
}

extern "C" {
    fn diff_rgba(a: *const u8, b: *const u8, w: u32, h: u32, threshold: u8, mask: *mut u8) -> DiffStats;
}

fn load_rgba(path: &str) -> Result<(u32, u32, Vec<u8>), String> {
    let dec = png::Decoder::new(File::open(path).map_err(|e| format!("{path}: {e}"))?);
    let mut rd = dec.read_info().map_err(|e| format!("{path}: {e}"))?;
    let mut buf = vec![0; rd.output_buffer_size()];
    let info = rd.next_frame(&mut buf).map_err(|e| format!("{path}: {e}"))?;
    let px = (info.width * info.height) as usize;
    let rgba = match info.color_type {
        png::ColorType::Rgba => buf[..px * 4].to_vec(),
        png::ColorType::Rgb => buf[..px * 3].chunks(3).flat_map(|c| [c[0], c[1], c[2], 255]).collect(),
        png::ColorType::Grayscale => buf[..px].iter().flat_map(|&g| [g, g, g, 255]).collect(),
        png::ColorType::GrayscaleAlpha => buf[..px * 2].chunks(2).flat_map(|c| [c[0], c[0], c[0], c[1]]).collect(),
        other => return Err(format!("{path}: unsupported color type {other:?}")),
    };
    Ok((info.width, info.height, rgba))
}

fn main() {
    let args: Vec<String> = env::args().collect();
    if args.iter().any(|a| a == "--version") {
        println!("imgdiff {} ({})", env!("CARGO_PKG_VERSION"), env!("IMGDIFF_GIT_REV"));
        return;
    }
    if args.len() < 3 {
        eprintln!("usage: imgdiff A.png B.png [--threshold N] [--out diff.png]");
        process::exit(2);
    }
    let mut threshold = 16u8;
    let mut out: Option<String> = None;
    let mut i = 3;
    while i < args.len() {
        match args[i].as_str() {
            "--threshold" => { threshold = args.get(i + 1).and_then(|s| s.parse().ok()).unwrap_or(16); i += 2; }
            "--out" => { out = args.get(i + 1).cloned(); i += 2; }
            other => { eprintln!("unknown arg {other}"); process::exit(2); }
        }
    }
    let (wa, ha, a) = load_rgba(&args[1]).unwrap_or_else(|e| { eprintln!("{e}"); process::exit(1) });
    let (wb, hb, b) = load_rgba(&args[2]).unwrap_or_else(|e| { eprintln!("{e}"); process::exit(1) });
    if (wa, ha) != (wb, hb) {
        eprintln!("size mismatch: {wa}x{ha} vs {wb}x{hb}");
        process::exit(1);
    }
    let mut mask = vec![0u8; (wa * ha) as usize];
    let s = unsafe { diff_rgba(a.as_ptr(), b.as_ptr(), wa, ha, threshold, mask.as_mut_ptr()) };
    let pct = 100.0 * s.changed as f64 / (wa * ha) as f64;
    if s.changed == 0 {
        println!("changed: 0.00% (identical within threshold {threshold})");
    } else {
        println!("changed: {pct:.2}% ({} px)  bbox: x={}..{} y={}..{}", s.changed, s.min_x, s.max_x, s.min_y, s.max_y);
    }
    if let Some(path) = out {
        let mut img = Vec::with_capacity(a.len());
        for (px, m) in b.chunks(4).zip(mask.iter()) {
            if *m != 0 {
                img.extend_from_slice(&[255, 0, 0, 255]);
            } else {
                let g = ((px[0] as u16 + px[1] as u16 + px[2] as u16) / 3 / 2 + 100) as u8;
                img.extend_from_slice(&[g, g, g, 255]);
            }
        }
        let w = BufWriter::new(File::create(&path).expect("create diff image"));
        let mut enc = png::Encoder::new(w, wa, ha);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        enc.write_header().and_then(|mut wr| wr.write_image_data(&img)).expect("write diff image");
        println!("diff image: {path}");
    }
}
