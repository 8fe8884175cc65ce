//! Terminal restore, checked from outside: the real `dateline` binary runs in a
//! pseudo-terminal, is made to leave by a panic, SIGTERM or SIGHUP, and the test then reads
//! the terminal's modes and the bytes it was sent. Raw mode must be off again (the modes
//! equal those before the start), and the alternate screen, mouse capture and hidden cursor
//! must have been undone.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::pty::{OpenptyResult, Winsize, openpty};
use nix::sys::signal::{Signal, kill};
use nix::sys::termios::{LocalFlags, Termios, tcgetattr};
use nix::unistd::Pid;

use crate::util::fixture;

const ENTER_ALTERNATE_SCREEN: &str = "\x1b[?1049h";
const LEAVE_ALTERNATE_SCREEN: &str = "\x1b[?1049l";
const SHOW_CURSOR: &str = "\x1b[?25h";
const DISABLE_MOUSE: &str = "\x1b[?1000l";
/// What xterm sends for F12: the debug panic key when `DATELINE_DEBUG_PANIC_KEY` is set.
const F12: &[u8] = b"\x1b[24~";

/// Generous bounds against a hang: the test fails rather than waiting forever.
const START_BOUND: Duration = Duration::from_secs(20);
const EXIT_BOUND: Duration = Duration::from_secs(10);

/// A `dateline` process on the slave side of a pseudo-terminal, with everything it writes
/// collected from the master side. Output is read whenever the test waits, so the process
/// never blocks on a full terminal buffer.
struct PtyRun {
    child: Child,
    master: File,
    slave: OwnedFd,
    before: Termios,
    output: Vec<u8>,
    _state: tempfile::TempDir,
}

impl PtyRun {
    fn start() -> Self {
        let size = Winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let OpenptyResult { master, slave } = openpty(Some(&size), None).expect("openpty");
        let before = tcgetattr(slave.as_fd()).expect("modes before");
        let state = tempfile::tempdir().expect("tempdir");
        let stdio = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup slave"));
        let child = Command::new(env!("CARGO_BIN_EXE_dateline"))
            .arg(fixture("loading"))
            .env("TERM", "xterm-256color")
            .env("DATELINE_DEBUG_PANIC_KEY", "1")
            .env("XDG_DATA_HOME", state.path().join("data"))
            .env("XDG_CONFIG_HOME", state.path().join("config"))
            .env("XDG_CACHE_HOME", state.path().join("cache"))
            .env("HOME", state.path())
            .env_remove("NO_COLOR")
            .stdin(stdio(&slave))
            .stdout(stdio(&slave))
            .stderr(stdio(&slave))
            .spawn()
            .expect("start dateline");
        let mut run = Self {
            child,
            master: File::from(master),
            slave,
            before,
            output: Vec::new(),
            _state: state,
        };
        run.wait_for_output("Articles");
        run
    }

    /// Reads whatever the process wrote within `wait`.
    fn pump(&mut self, wait: Duration) {
        let timeout = PollTimeout::try_from(wait).unwrap_or(PollTimeout::MAX);
        let mut chunk = [0u8; 8192];
        loop {
            let mut fds = [PollFd::new(self.master.as_fd(), PollFlags::POLLIN)];
            let ready = poll(&mut fds, timeout).unwrap_or(0);
            let readable = fds[0]
                .revents()
                .is_some_and(|r| r.contains(PollFlags::POLLIN));
            if ready == 0 || !readable {
                return;
            }
            // EIO once no process holds the slave open but us: nothing more will come.
            match self.master.read(&mut chunk) {
                Ok(n @ 1..) => self.output.extend_from_slice(&chunk[..n]),
                _ => return,
            }
        }
    }

    fn output(&self) -> String {
        String::from_utf8_lossy(&self.output).into_owned()
    }

    /// Waits until the screen shows `needle` after entering the alternate screen.
    fn wait_for_output(&mut self, needle: &str) {
        let deadline = Instant::now() + START_BOUND;
        loop {
            self.pump(Duration::from_millis(20));
            let output = self.output();
            if let Some(at) = output.find(ENTER_ALTERNATE_SCREEN)
                && output[at..].contains(needle)
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "no {needle:?} on screen; got {output:?}"
            );
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.master.write_all(bytes).expect("write to pty");
    }

    fn signal(&self, signal: Signal) {
        let pid = i32::try_from(self.child.id()).expect("pid fits");
        kill(Pid::from_raw(pid), signal).expect("send signal");
    }

    /// Waits for the process to end; kills it and fails if it does not.
    fn wait_for_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + EXIT_BOUND;
        loop {
            self.pump(Duration::from_millis(20));
            if let Some(status) = self.child.try_wait().expect("wait") {
                self.pump(Duration::from_millis(50));
                return status;
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                panic!("dateline did not exit; screen: {:?}", self.output());
            }
        }
    }

    /// Asserts the terminal is as it was before dateline started.
    fn assert_restored(&self) {
        let after = tcgetattr(self.slave.as_fd()).expect("modes after");
        assert!(
            after
                .local_flags
                .contains(LocalFlags::ICANON | LocalFlags::ECHO),
            "raw mode left on: {:?}",
            after.local_flags
        );
        assert_eq!(after.local_flags, self.before.local_flags);
        assert_eq!(after.input_flags, self.before.input_flags);
        assert_eq!(after.output_flags, self.before.output_flags);
        let output = self.output();
        let entered = output.rfind(ENTER_ALTERNATE_SCREEN).expect("entered");
        let tail = &output[entered..];
        for (what, sequence) in [
            ("leave the alternate screen", LEAVE_ALTERNATE_SCREEN),
            ("show the cursor", SHOW_CURSOR),
            ("release the mouse", DISABLE_MOUSE),
        ] {
            assert!(tail.contains(sequence), "did not {what}: {tail:?}");
        }
    }
}

#[test]
fn a_panic_restores_the_terminal_and_still_prints_its_message() {
    let mut run = PtyRun::start();
    run.send(F12);
    let status = run.wait_for_exit();
    assert_eq!(status.code(), Some(101), "a panic exits with 101");
    run.assert_restored();
    let output = run.output();
    let left = output.rfind(LEAVE_ALTERNATE_SCREEN).expect("left");
    assert!(
        output[left..].contains("debug_panic"),
        "the panic message is printed on the normal screen: {output:?}"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut run = PtyRun::start();
    run.signal(Signal::SIGTERM);
    run.wait_for_exit();
    run.assert_restored();
}

#[test]
fn sighup_restores_the_terminal() {
    let mut run = PtyRun::start();
    run.signal(Signal::SIGHUP);
    run.wait_for_exit();
    run.assert_restored();
}

#[test]
fn quitting_restores_the_terminal() {
    let mut run = PtyRun::start();
    run.send(b"q");
    let status = run.wait_for_exit();
    assert!(status.success(), "{status:?}");
    run.assert_restored();
}

#[test]
fn a_closed_terminal_with_sighup_ends_the_process() {
    // What closing an ssh session does: the terminal goes away, then SIGHUP arrives.
    let PtyRun {
        mut child, master, ..
    } = PtyRun::start();
    drop(master);
    let pid = i32::try_from(child.id()).expect("pid fits");
    kill(Pid::from_raw(pid), Signal::SIGHUP).expect("send signal");
    let deadline = Instant::now() + EXIT_BOUND;
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() >= deadline {
            let _ = child.kill();
            panic!("dateline kept running after its terminal closed");
        }
        thread::sleep(Duration::from_millis(20));
    }
}
