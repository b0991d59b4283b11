using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class ImportDiagnosticConfiguration : IEntityTypeConfiguration<ImportDiagnostic>
{
    public void Configure(EntityTypeBuilder<ImportDiagnostic> builder)
    {
        builder.ToTable("ImportDiagnostics");
        builder.HasIndex(d => new { d.FileName, d.Line });
    }
}
