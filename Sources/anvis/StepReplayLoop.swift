import AnvisKit

/// `--step` on a terminal: shows each step's narration and command, then reads a line through
/// readline (history and completion over the replay's shell). Enter runs the step, `q` stops,
/// anything else runs as a command of its own without moving on.
struct StepReplayLoop {
  let setup: SessionReplaySetup
  let history: HistoryFile?

  func run() {
    let stepper = setup.stepper()
    var editor = ReadlineEditor(shell: setup.shell)
    var buffer = InputBuffer()
    var shownPreview = -1
    while !stepper.isFinished {
      if buffer.isEmpty, shownPreview != stepper.position {
        Terminal.write(stepper.preview(width: Terminal.columns(.output)))
        shownPreview = stepper.position
      }
      let prompt = buffer.isEmpty ? stepper.prompt : setup.shell.continuationPrompt
      switch editor.read(prompt: prompt, pending: buffer.text) {
      case .end:
        Terminal.write("stopped before step \(stepper.position + 1) of \(stepper.transcript.steps.count)\n")
        return
      case .interrupted:
        buffer.reset()
      case .line(let line):
        if buffer.isEmpty, line.trimmingCharacters(in: " \t").isEmpty {
          show(stepper.handle("").1)
          continue
        }
        guard let input = buffer.append(line) else { continue }
        history?.add(input.trimmingCharacters(in: " \t\n"))
        let (action, output) = stepper.handle(input)
        show(output)
        if action == .ranCommand { shownPreview = -1 }
      }
    }
  }

  private func show(_ output: ReplayOutput) {
    Terminal.write(output.stdout)
    Terminal.write(output.stderr, to: .error)
  }
}
