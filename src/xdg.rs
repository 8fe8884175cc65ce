//! The XDG base directories dateline uses: where the config file is read from and where
//! saved state is written.
//!
//! A hand rule rather than the `dirs` crate: dateline promises the XDG layout on every
//! platform (a server user expects `~/.config` and `~/.local/share`, also on macOS), and the
//! rule is four lines. The environment comes in as a function so tests never see the real
//! home.

use std::ffi::OsString;
use std::path::PathBuf;

/// Looks up an environment variable (`std::env::var_os` in the program).
pub type Env<'a> = &'a dyn Fn(&str) -> Option<OsString>;

/// `$XDG_DATA_HOME`, else `$HOME/.local/share`.
#[must_use]
pub fn data_home(env: Env) -> Option<PathBuf> {
    base_dir(env, "XDG_DATA_HOME", ".local/share")
}

/// `$XDG_CONFIG_HOME`, else `$HOME/.config`.
#[must_use]
pub fn config_home(env: Env) -> Option<PathBuf> {
    base_dir(env, "XDG_CONFIG_HOME", ".config")
}

/// The XDG rule: the variable when it holds an absolute path (the spec says relative ones
/// are invalid and must be ignored), else the fallback under a non-empty `$HOME`.
fn base_dir(env: Env, variable: &str, under_home: &str) -> Option<PathBuf> {
    let set = env(variable).map(PathBuf::from).filter(|p| p.is_absolute());
    set.or_else(|| {
        env("HOME")
            .filter(|home| !home.is_empty())
            .map(|home| PathBuf::from(home).join(under_home))
    })
}

/// The process environment.
#[must_use]
pub fn process_env(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn the_variable_wins_when_absolute() {
        let env = env_of(&[("XDG_DATA_HOME", "/x/data"), ("HOME", "/home/u")]);
        assert_eq!(data_home(&env), Some(PathBuf::from("/x/data")));
    }

    #[test]
    fn relative_or_missing_falls_back_to_home() {
        let env = env_of(&[("XDG_CONFIG_HOME", "rel/cfg"), ("HOME", "/home/u")]);
        assert_eq!(config_home(&env), Some(PathBuf::from("/home/u/.config")));
        let env = env_of(&[("HOME", "/home/u")]);
        assert_eq!(data_home(&env), Some(PathBuf::from("/home/u/.local/share")));
    }

    #[test]
    fn nothing_without_home() {
        let env = env_of(&[("HOME", "")]);
        assert_eq!(data_home(&env), None);
    }
}
