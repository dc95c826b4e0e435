import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page that crashes says so in words and offers a reload, instead of leaving a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Page crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <CrashNotice message={this.state.error.message} />;
  }
}

function CrashNotice({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="center-screen">
      <div className="alert alert-error" role="alert">
        <div><strong>{t('crashed.title')}</strong> {t('crashed.text', { message })}</div>
      </div>
      <button type="button" className="btn btn-primary" onClick={() => location.reload()}>{t('crashed.reload')}</button>
    </div>
  );
}
