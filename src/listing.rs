//! Listings of products (all products, a category): how they are cut into pages, which page numbers a page
//! links to, and which products a product page suggests next. Pure arithmetic on product indices, so the
//! render code only looks things up.

use std::ops::Range;

/// Products per listing page when company.yaml does not say (`listing: {page_size: …}`): a category page of
/// 48 cards weighs about 80 KB of HTML.
pub const DEFAULT_PAGE_SIZE: usize = 48;
/// Related products shown on a product page.
pub const RELATED: usize = 4;

/// How many pages a listing of `items` products has at `size` per page (an empty listing still has its page).
pub fn page_count(items: usize, size: usize) -> usize {
    items.div_ceil(size.max(1)).max(1)
}

/// The items on page `page` (1-based) of a listing of `items` at `size` per page.
pub fn page_range(page: usize, items: usize, size: usize) -> Range<usize> {
    let size = size.max(1);
    let start = (page.saturating_sub(1) * size).min(items);
    start..(start + size).min(items)
}

/// The page numbers page `current` of `count` links to: the first, the last, and two either side of the
/// current one; `None` is a gap (shown as "…"). Linking every page would make page links the heaviest part
/// of a listing of 10,000 products.
pub fn page_numbers(current: usize, count: usize) -> Vec<Option<usize>> {
    // Only the candidates are visited (not every page number): a listing of 100,000 pages costs the same.
    let mut wanted: Vec<usize> = [1, count].into_iter().chain(current.saturating_sub(2)..=current + 2).collect();
    wanted.retain(|&n| (1..=count).contains(&n));
    wanted.sort_unstable();
    wanted.dedup();
    let mut out = Vec::new();
    let mut last = 0;
    for n in wanted {
        // A gap of a single page shows that page: "…" would take the same room and hide it.
        if n == last + 2 {
            out.push(Some(last + 1));
        } else if n > last + 2 {
            out.push(None);
        }
        out.push(Some(n));
        last = n;
    }
    out
}

/// Up to `n` products to suggest on the page of product `i`: the ones after it in its own category (wrapping
/// around, so every product of a category gets suggested from somewhere), then products of other categories
/// that follow it in the catalog. `same` holds the indices of the products of `i`'s category, in order.
pub fn related(i: usize, same: &[usize], total: usize, n: usize) -> Vec<usize> {
    let mut out = Vec::with_capacity(n);
    // `same` is sorted: a binary search keeps a pass over every product page linear in the catalog.
    let at = same.binary_search(&i).unwrap_or(0);
    for k in 1..same.len() {
        if out.len() == n {
            return out;
        }
        out.push(same[(at + k) % same.len()]);
    }
    // Other categories: walk the catalog from `i` on; `same` is sorted, so membership is a binary search.
    for k in 1..total {
        if out.len() == n {
            break;
        }
        let j = (i + k) % total;
        if same.binary_search(&j).is_err() {
            out.push(j);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_every_item_once() {
        assert_eq!(page_count(0, 48), 1);
        assert_eq!(page_count(48, 48), 1);
        assert_eq!(page_count(49, 48), 2);
        assert_eq!(page_count(10_000, 48), 209);
        let mut seen = 0;
        for p in 1..=page_count(100, 7) {
            let r = page_range(p, 100, 7);
            assert_eq!(r.start, seen);
            seen = r.end;
        }
        assert_eq!(seen, 100);
        assert_eq!(page_range(3, 10, 0), 2..3, "a zero size is treated as one");
    }

    #[test]
    fn page_numbers_show_ends_and_neighbours() {
        let show = |c, n| {
            page_numbers(c, n)
                .iter()
                .map(|x| x.map_or("…".to_string(), |v| v.to_string()))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(show(1, 1), "1");
        assert_eq!(show(1, 5), "1 2 3 4 5");
        assert_eq!(show(1, 209), "1 2 3 … 209");
        assert_eq!(show(100, 209), "1 … 98 99 100 101 102 … 209");
        assert_eq!(show(209, 209), "1 … 207 208 209");
        assert_eq!(show(4, 9), "1 2 3 4 5 6 … 9");
        assert_eq!(show(50_000, 100_000), "1 … 49998 49999 50000 50001 50002 … 100000");
    }

    #[test]
    fn related_prefers_the_same_category() {
        // Products 0..10; category A = [1, 4, 7].
        assert_eq!(related(4, &[1, 4, 7], 10, 4), vec![7, 1, 5, 6]);
        assert_eq!(related(7, &[1, 4, 7], 10, 2), vec![1, 4]);
        // Alone in its category and in the catalog: nothing to suggest.
        assert_eq!(related(0, &[0], 1, 4), Vec::<usize>::new());
        // Never itself, never twice.
        let r = related(9, &[0, 9], 10, 4);
        assert_eq!(r, vec![0, 1, 2, 3]);
    }
}
