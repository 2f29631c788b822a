using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

var name = args.FirstOrDefault() ?? throw new ArgumentException("Usage: NewMigration <Name>");
var projectDir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/KhataBot.Infrastructure"));

using var db = new KhataDbContext(new DbContextOptionsBuilder<KhataDbContext>().UseSqlite("Data Source=:memory:").Options);
var reporter = new OperationReporter(new Handler());
var assembly = typeof(KhataDbContext).Assembly;
var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(db);
var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(name, "KhataBot.Infrastructure", "Data/Migrations", "C#", dryRun: false);
var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Data/Migrations"));
ExplicitRowidKeys.Write(db, files.MetadataFile!, files.SnapshotFile!);
Console.WriteLine(files.MigrationFile);
Console.WriteLine(files.MetadataFile);
Console.WriteLine(files.SnapshotFile);

sealed class Handler : IOperationReportHandler
{
    public int Version => 0;
    public void OnError(string message) => Console.Error.WriteLine(message);
    public void OnWarning(string message) => Console.Error.WriteLine(message);
    public void OnInformation(string message) => Console.WriteLine(message);
    public void OnVerbose(string message) { }
}
