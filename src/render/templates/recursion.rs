//! Refusing templates that would call themselves forever. Tera has no depth limit: `{% include "card.html" %}`
//! inside `card.html` (or a longer include chain, or a macro that calls itself) recurses until the stack
//! overflows and the process aborts — no message, no cleanup, and `vitrina serve` dies. So the parsed templates
//! are checked once, before anything renders: any cycle of includes, extends or macro calls is an error that
//! names the templates and the line. This also refuses recursion guarded by a condition (a macro rendering a
//! tree); vitrina's data has no trees, so a loop does the same job without the risk.

use anyhow::{bail, Result};
use std::collections::HashMap;
use tera::ast::{Expr, ExprVal, Node};
use tera::Tera;

/// What a template or macro can call: another template, or a macro (file, name).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum Target {
    Template(String),
    Macro(String, String),
}

impl Target {
    fn describe(&self) -> String {
        match self {
            Target::Template(t) => t.clone(),
            Target::Macro(file, name) => crate::msg!("render-macro-in", name = name, file = file),
        }
    }
}

/// A call as written: what it names, how (for finding its line) and where it lands.
struct Call {
    to: Target,
    /// Text to look for in the source to find the line: the included name or the macro's name.
    needle: String,
}

pub fn check(tera: &Tera, sources: &HashMap<String, String>, own: &[String]) -> Result<()> {
    let mut graph: HashMap<Target, Vec<Call>> = HashMap::new();
    for (name, tpl) in &tera.templates {
        let imports: HashMap<&str, &str> =
            tpl.imported_macro_files.iter().map(|(file, ns)| (ns.as_str(), file.as_str())).collect();
        let resolve = |raw: Vec<(String, String, bool)>| -> Vec<Call> {
            raw.into_iter()
                .filter_map(|(ns, what, is_include)| {
                    if is_include {
                        tera.templates
                            .contains_key(&what)
                            .then(|| Call { to: Target::Template(what.clone()), needle: what })
                    } else {
                        let file = if ns == "self" { Some(name.as_str()) } else { imports.get(ns.as_str()).copied() };
                        file.map(|f| Call { to: Target::Macro(f.to_string(), what.clone()), needle: what })
                    }
                })
                .collect()
        };
        let mut calls = Vec::new();
        nodes(&tpl.ast, &mut calls);
        let mut calls = resolve(calls);
        if let Some(parent) = &tpl.parent {
            calls.push(Call { to: Target::Template(parent.clone()), needle: parent.clone() });
        }
        graph.insert(Target::Template(name.clone()), calls);
        for (mname, m) in &tpl.macros {
            let mut calls = Vec::new();
            nodes(&m.body, &mut calls);
            graph.insert(Target::Macro(name.clone(), mname.clone()), resolve(calls));
        }
    }
    // Depth-first search in a fixed order so the same site always reports the same cycle.
    let mut keys: Vec<&Target> = graph.keys().collect();
    keys.sort_by_key(|t| t.describe());
    let mut done: std::collections::HashSet<Target> = std::collections::HashSet::new();
    for start in keys {
        let mut path: Vec<(Target, usize)> = Vec::new();
        if let Some(cycle) = find_cycle(&graph, start, &mut path, &mut done) {
            bail!(report(&cycle, &graph, sources, own));
        }
    }
    Ok(())
}

/// Iterative DFS (a template set could itself be deep): returns the cycle as the list of targets from the
/// first repeated one back to itself.
fn find_cycle(
    graph: &HashMap<Target, Vec<Call>>,
    start: &Target,
    path: &mut Vec<(Target, usize)>,
    done: &mut std::collections::HashSet<Target>,
) -> Option<Vec<Target>> {
    if done.contains(start) {
        return None;
    }
    path.push((start.clone(), 0));
    while let Some((node, next)) = path.last().cloned() {
        let calls = graph.get(&node).map(Vec::as_slice).unwrap_or(&[]);
        match calls.get(next) {
            None => {
                done.insert(node);
                path.pop();
            }
            Some(call) => {
                if let Some(last) = path.last_mut() {
                    last.1 += 1;
                }
                if let Some(at) = path.iter().position(|(t, _)| *t == call.to) {
                    let mut cycle: Vec<Target> = path[at..].iter().map(|(t, _)| t.clone()).collect();
                    cycle.push(call.to.clone());
                    return Some(cycle);
                }
                if !done.contains(&call.to) {
                    path.push((call.to.clone(), 0));
                }
            }
        }
    }
    None
}

fn report(
    cycle: &[Target],
    graph: &HashMap<Target, Vec<Call>>,
    sources: &HashMap<String, String>,
    own: &[String],
) -> String {
    let file_of = |t: &Target| match t {
        Target::Template(f) | Target::Macro(f, _) => f.clone(),
    };
    let shown = |f: &str| {
        if own.iter().any(|o| o == f) {
            format!("templates/{f}")
        } else {
            crate::msg!("render-theme-file", file = f)
        }
    };
    let (from, to) = (&cycle[0], &cycle[1]);
    let file = file_of(from);
    let needle =
        graph.get(from).and_then(|c| c.iter().find(|c| c.to == *to)).map(|c| c.needle.clone()).unwrap_or_default();
    let line = sources.get(&file).and_then(|src| {
        src.lines()
            .position(|l| l.contains(&format!("\"{needle}\"")) || l.contains(&format!("{needle}(")))
            .map(|i| i + 1)
    });
    let place = match line {
        Some(n) => format!("{}:{n}", shown(&file)),
        None => shown(&file),
    };
    let chain: Vec<String> = cycle.iter().map(Target::describe).collect();
    crate::msg!(
        "render-recursion",
        place = place,
        template = from.describe(),
        direct = if cycle.len() == 2 { "yes" } else { "no" },
        chain = chain.join(" → "),
        call = if matches!(to, Target::Macro(..)) { "macro" } else { "include" }
    )
}

/// Collects (namespace, name, is_include) of every include and macro call in `body`.
fn nodes(body: &[Node], out: &mut Vec<(String, String, bool)>) {
    for n in body {
        match n {
            Node::VariableBlock(_, e) => expr(e, out),
            Node::Include(_, names, _) => out.extend(names.iter().map(|t| (String::new(), t.clone(), true))),
            Node::Set(_, s) => expr(&s.value, out),
            Node::FilterSection(_, f, _) => {
                f.filter.args.values().for_each(|e| expr(e, out));
                nodes(&f.body, out);
            }
            Node::Block(_, b, _) => nodes(&b.body, out),
            Node::Forloop(_, f, _) => {
                expr(&f.container, out);
                nodes(&f.body, out);
                if let Some(empty) = &f.empty_body {
                    nodes(empty, out);
                }
            }
            Node::If(i, _) => {
                for (_, cond, body) in &i.conditions {
                    expr(cond, out);
                    nodes(body, out);
                }
                if let Some((_, body)) = &i.otherwise {
                    nodes(body, out);
                }
            }
            _ => {}
        }
    }
}

fn expr(e: &Expr, out: &mut Vec<(String, String, bool)>) {
    val(&e.val, out);
    for f in &e.filters {
        f.args.values().for_each(|a| expr(a, out));
    }
}

fn val(v: &ExprVal, out: &mut Vec<(String, String, bool)>) {
    match v {
        ExprVal::Math(m) => {
            expr(&m.lhs, out);
            expr(&m.rhs, out);
        }
        ExprVal::Logic(l) => {
            expr(&l.lhs, out);
            expr(&l.rhs, out);
        }
        ExprVal::In(i) => {
            expr(&i.lhs, out);
            expr(&i.rhs, out);
        }
        ExprVal::Test(t) => t.args.iter().for_each(|a| expr(a, out)),
        ExprVal::MacroCall(m) => {
            out.push((m.namespace.clone(), m.name.clone(), false));
            m.args.values().for_each(|a| expr(a, out));
        }
        ExprVal::FunctionCall(f) => f.args.values().for_each(|a| expr(a, out)),
        ExprVal::Array(items) => items.iter().for_each(|a| expr(a, out)),
        ExprVal::StringConcat(c) => c.values.iter().for_each(|v2| val(v2, out)),
        _ => {}
    }
}
