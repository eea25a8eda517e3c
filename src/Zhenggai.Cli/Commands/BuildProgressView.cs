using Spectre.Console;
using Zhenggai.Pipeline;

namespace Zhenggai.Cli.Commands;

/// <summary>
/// Shows a build's progress: on a terminal, one Spectre.Console bar per phase; in a log (output
/// redirected, or CI set), one plain line as each phase starts; with --quiet, nothing.
/// </summary>
internal static class BuildProgressView
{
    public static BuildResult Build(BuildOptions options, CliOutput output)
    {
        if (output.Verbosity == Verbosity.Quiet) return SiteBuilder.Build(options);
        if (output.Terminal is { } terminal) return WithBars(options, terminal);

        var started = new bool[Enum.GetValues<BuildPhase>().Length];
        var gate = new Lock();
        return SiteBuilder.Build(options with
        {
            Progress = p =>
            {
                lock (gate)
                {
                    if (started[(int)p.Phase]) return;
                    started[(int)p.Phase] = true;
                }
                output.Line(Describe(p.Phase) + " …");
            },
        });
    }

    private static BuildResult WithBars(BuildOptions options, IAnsiConsole terminal)
    {
        return terminal.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var gate = new Lock();
                var tasks = Enum.GetValues<BuildPhase>().ToDictionary(p => p, p => ctx.AddTask(Markup.Escape(Describe(p)), autoStart: false, maxValue: 100));
                return SiteBuilder.Build(options with
                {
                    Progress = p =>
                    {
                        lock (gate)
                        {
                            var task = tasks[p.Phase];
                            if (!task.IsStarted) task.StartTask();
                            task.Value = p.Total == 0 ? 100 : 100.0 * p.Done / p.Total;
                        }
                    },
                });
            });
    }

    private static string Describe(BuildPhase phase) => phase switch
    {
        BuildPhase.Read => "reading settings, records and theme",
        BuildPhase.Process => "preparing pages",
        BuildPhase.Render => "rendering pages",
        BuildPhase.Write => "writing files",
        BuildPhase.Check => "checking links and files",
        _ => phase.ToString().ToLowerInvariant(),
    };
}
