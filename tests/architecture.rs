//! The layout the architecture document describes, checked on the source: handlers are leaves
//! (only the route table imports a domain area's `routes` module) and no two files import each
//! other, directly or round a circle. `cargo test --test architecture -- --nocapture` also
//! prints the module graph, one file and what it imports per line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

/// Every source file under `src/`, by its module path (`src/members/routes.rs` is
/// `members::routes`; a `mod.rs` is its folder).
fn modules() -> BTreeMap<Module, PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("reading src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files
        .into_iter()
        .filter(|f| !f.ends_with("main.rs"))
        .map(|file| {
            let relative = file.strip_prefix(&src).unwrap().with_extension("");
            let mut module: Module = relative.iter().map(|s| s.to_string_lossy().into_owned()).collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            (module, file)
        })
        .collect()
}

/// The paths a file names outside its tests: its `use` trees, expanded, and `crate::…` paths
/// in its code.
fn named_paths(text: &str) -> Vec<String> {
    let text = text.split("#[cfg(test)]").next().unwrap_or(text);
    let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    let mut paths = Vec::new();
    let mut rest = code.as_str();
    while let Some(start) = find_use(rest) {
        let after = &rest[start..];
        let end = after.find(';').unwrap_or(after.len());
        expand(String::new(), after[..end].trim(), &mut paths);
        rest = &after[end..];
    }
    let bytes = code.as_bytes();
    for (i, _) in code.match_indices("crate::") {
        if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_') {
            continue;
        }
        let path: String =
            code[i..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':').collect();
        paths.push(path.trim_end_matches(':').to_owned());
    }
    paths
}

/// The offset just after the next `use ` that begins an item.
fn find_use(text: &str) -> Option<usize> {
    let mut offset = 0;
    while let Some(i) = text[offset..].find("use ") {
        let at = offset + i;
        let before = text[..at].trim_end_matches(' ');
        if before.is_empty() || before.ends_with('\n') || before.ends_with("pub") || before.ends_with(')') {
            return Some(at + 4);
        }
        offset = at + 4;
    }
    None
}

/// Expands a use tree (`a::{b, c::{d, e}}`) into whole paths.
fn expand(prefix: String, tree: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    let join = |p: &str, s: &str| if p.is_empty() { s.to_owned() } else { format!("{p}::{s}") };
    match tree.find('{') {
        Some(open) => {
            let head = tree[..open].trim_end_matches("::");
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let mut depth = 0;
            let mut part = String::new();
            for c in inner.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(join(&prefix, head), &std::mem::take(&mut part), out);
                        continue;
                    }
                    _ => {}
                }
                part.push(c);
            }
            if !part.trim().is_empty() {
                expand(join(&prefix, head), &part, out);
            }
        }
        None => {
            let name = tree.split(" as ").next().unwrap_or(tree).trim();
            let path = if name == "self" { prefix } else { join(&prefix, name) };
            out.push(path);
        }
    }
}

/// The file a path leads to, read from `module`.
fn resolve(path: &str, module: &Module, known: &BTreeMap<Module, PathBuf>) -> Option<Module> {
    let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut base: Module = match segments.first().copied() {
        Some("crate") => {
            segments.remove(0);
            Vec::new()
        }
        Some("super") => {
            let mut base = module.clone();
            segments.remove(0);
            base.pop();
            while segments.first() == Some(&"super") {
                segments.remove(0);
                base.pop();
            }
            base
        }
        Some("self") => {
            segments.remove(0);
            module.clone()
        }
        Some(first) => {
            let mut child = module.clone();
            child.push(first.to_owned());
            if known.contains_key(&child) { module.clone() } else { return None }
        }
        None => return None,
    };
    let mut found = None;
    for segment in segments {
        base.push(segment.to_owned());
        if known.contains_key(&base) {
            found = Some(base.clone());
        } else {
            break;
        }
    }
    found
}

fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let known = modules();
    known
        .iter()
        .map(|(module, file)| {
            let text = std::fs::read_to_string(file).expect("reading a source file");
            let imports = named_paths(&text)
                .iter()
                .filter_map(|p| resolve(p, module, &known))
                .filter(|target| target != module && !module.starts_with(target))
                .collect();
            (module.clone(), imports)
        })
        .collect()
}

fn name(module: &Module) -> String {
    if module.is_empty() { "crate".to_owned() } else { module.join("::") }
}

/// Groups of files that reach each other through their imports (Tarjan's algorithm).
fn circles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        on_stack: BTreeSet<&'a Module>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a Module) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.graph.get(v).into_iter().flatten() {
                if !self.graph.contains_key(w) {
                    continue;
                }
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    group.push(name(w));
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.found
}

/// The names of the types a file documents (derives `ToSchema` for, or declares with
/// `text_enum!`).
fn schema_types(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut documented = false;
    for line in text.lines().map(str::trim) {
        if (line.starts_with("#[derive(") && line.contains("ToSchema")) || line.ends_with("text_enum! {") {
            documented = true;
            continue;
        }
        if !documented || line.starts_with("#[") || line.starts_with("///") {
            continue;
        }
        let declared = ["pub struct ", "pub enum ", "struct ", "enum "].iter().find_map(|p| line.strip_prefix(p));
        if let Some(rest) = declared {
            names.push(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
        }
        documented = false;
    }
    names
}

/// utoipa names a component by its type's name alone: two documented types of one name in
/// different areas become one schema in the document, and one area's requests are checked
/// against the other's type.
#[test]
fn every_documented_type_has_a_name_of_its_own() {
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut twice = Vec::new();
    for file in modules().values() {
        for name in schema_types(&std::fs::read_to_string(file).unwrap()) {
            if let Some(other) = seen.insert(name.clone(), file.clone()) {
                twice.push(format!("{name}: {} and {}", other.display(), file.display()));
            }
        }
    }
    assert!(seen.len() > 100, "only {} documented types found", seen.len());
    assert!(twice.is_empty(), "documented twice under one name:\n{}", twice.join("\n"));
}

#[test]
fn no_two_files_import_each_other_round_a_circle() {
    let graph = graph();
    for (module, imports) in &graph {
        let imports: Vec<String> = imports.iter().map(name).collect();
        println!("{} -> {}", name(module), imports.join(", "));
    }
    assert!(graph.len() > 50, "only {} files read", graph.len());
    assert_eq!(circles(&graph), Vec::<Vec<String>>::new());
}

#[test]
fn only_the_route_table_imports_a_routes_module() {
    let graph = graph();
    let table = vec!["routes".to_owned()];
    let mut found = Vec::new();
    for (module, imports) in &graph {
        for target in imports {
            let is_handlers = target.len() > 1 && target.last().is_some_and(|s| s == "routes");
            if is_handlers && *module != table {
                found.push(format!("{} imports {}", name(module), name(target)));
            }
        }
    }
    assert!(graph[&table].iter().any(|t| t.len() > 1), "the route table's imports were read");
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn the_reader_finds_what_a_circle_would_be() {
    let mut graph = BTreeMap::new();
    let a = vec!["a".to_owned()];
    let b = vec!["b".to_owned()];
    graph.insert(a.clone(), BTreeSet::from([b.clone()]));
    graph.insert(b.clone(), BTreeSet::from([a.clone()]));
    assert_eq!(circles(&graph), vec![vec!["a".to_owned(), "b".to_owned()]]);
    let mut paths = Vec::new();
    expand(String::new(), "super::queries::{self as q, Person, x::{Y, Z}}", &mut paths);
    assert_eq!(paths, ["super::queries", "super::queries::Person", "super::queries::x::Y", "super::queries::x::Z"]);
}
